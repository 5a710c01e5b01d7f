using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>A field to fix: which, on which step, its name in the error summary, and what to do.</summary>
public sealed record QuestionnaireError(string Field, int Step, string Label, string Message);

/// <summary>A message for the whole form (a refused post), shown above it.</summary>
public sealed record QuestionnaireNotice(string Message, bool IsError);

/// <summary>
/// The questionnaire as the template shows it: which step, the answers so far, the errors of that step.
/// The handler of a post leaves it in the request's features; a GET starts afresh on the first step.
/// </summary>
public sealed class QuestionnaireState(Questionnaire questionnaire, DiagnosticSubmission values, int step,
    IReadOnlyList<QuestionnaireError>? errors = null, QuestionnaireNotice? notice = null)
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    public DiagnosticSubmission Values { get; } = values;

    /// <summary>0: the business (context questions); 1…n: the dimensions, in order.</summary>
    public int Step { get; } = step;

    public IReadOnlyList<QuestionnaireError> Errors { get; } = errors ?? [];

    public QuestionnaireNotice? Notice { get; } = notice;

    public int StepCount => Questionnaire.Dimensions.Count + 1;

    public bool IsLast => Step == StepCount - 1;

    public DiagnosticDimension? Dimension => Step == 0 ? null : Questionnaire.Dimensions[Step - 1];

    public QuestionnaireError? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field);

    /// <summary>The answer key given to a question ("N"), or null.</summary>
    public string? AnswerOf(Guid question) => Values.Answers.TryGetValue(question, out var answer) ? answer.ToString("N") : null;

    public static QuestionnaireState Of(HttpContext http, PublishedContent page) =>
        http.Features.Get<QuestionnaireState>() is { } posted && posted.Questionnaire.Page.Key == page.Key
            ? posted
            : new QuestionnaireState(Questionnaire.Read(page), new DiagnosticSubmission(null, null, null, new Dictionary<Guid, Guid>()), 0);

    /// <summary>The step holding a form field: 0 for the business, else the dimension of the question.</summary>
    public static int StepOf(Questionnaire questionnaire, string field)
    {
        for (var i = 0; i < questionnaire.Dimensions.Count; i++)
        {
            if (questionnaire.Dimensions[i].Questions.Any(q => QuestionnaireFields.Question(q.Key) == field))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The engine's problems as the form's errors, in questionnaire order. Posted values the questionnaire
    /// does not offer were dropped on reading, so every problem here is a missing answer.
    /// </summary>
    public static IReadOnlyList<QuestionnaireError> ErrorsOf(Questionnaire questionnaire, IEnumerable<PropertyError> problems, QuestionnaireText text) =>
        problems.Select(p =>
        {
            var field = QuestionnaireFields.OfProblem(p.Property);
            var label = field switch
            {
                QuestionnaireFields.Sector => text.SectorLabel,
                QuestionnaireFields.SizeBand => text.SizeBandLabel,
                QuestionnaireFields.Department => text.DepartmentLabel,
                _ => questionnaire.Questions.FirstOrDefault(q => QuestionnaireFields.Question(q.Key) == field)?.Text ?? field,
            };
            return new QuestionnaireError(field, StepOf(questionnaire, field), label, text.Missing(field));
        }).ToList();
}
