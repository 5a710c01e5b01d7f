using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// What one post of the questionnaire says: the answers so far, the step it came from, the button pressed,
/// and whether the honeypot was filled. A value the questionnaire does not offer (an unknown sector, a
/// malformed key, an answer of another question) is dropped: it then counts as not answered.
/// </summary>
public sealed record QuestionnairePost(DiagnosticSubmission Values, int Step, string Action, bool IsTrapped)
{
    public static QuestionnairePost Read(IFormCollection form, Questionnaire questionnaire, BusinessProfiles profiles)
    {
        string? Value(string name) => form[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var answers = new Dictionary<Guid, Guid>();
        foreach (var question in questionnaire.Questions)
        {
            if (Guid.TryParse(Value(QuestionnaireFields.Question(question.Key)), out var answer) && question.Answer(answer) is not null)
            {
                answers[question.Key] = answer;
            }
        }

        var sector = Value(QuestionnaireFields.Sector);
        var sizeBand = Value(QuestionnaireFields.SizeBand);
        var values = new DiagnosticSubmission(
            profiles.IsSector(sector) ? sector : null,
            profiles.IsSizeBand(sizeBand) ? sizeBand : null,
            profiles.Department(Value(QuestionnaireFields.Department))?.Code,
            answers);
        var last = questionnaire.Dimensions.Count;
        var step = int.TryParse(Value(QuestionnaireFields.Step), out var posted) ? Math.Clamp(posted, 0, last) : 0;
        var action = Value(QuestionnaireFields.Action) switch
        {
            QuestionnaireFields.Previous => QuestionnaireFields.Previous,
            QuestionnaireFields.Submit => QuestionnaireFields.Submit,
            // Enter in a field submits with the form's first button, which is "next" (or "submit" on the last step).
            _ => step == last ? QuestionnaireFields.Submit : QuestionnaireFields.Next,
        };
        return new QuestionnairePost(values, step, action, Honeypot.IsFilled(form));
    }
}
