using Brand.Cms.Core.Content;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// What a business sends: three context answers and one answer key per question key. Everything is
/// optional here, as posted; <see cref="Problems"/> says what is missing or unknown.
/// </summary>
public sealed record DiagnosticSubmission(string? Sector, string? SizeBand, string? Department, IReadOnlyDictionary<Guid, Guid> Answers)
{
    public const string SectorField = "sector";
    public const string SizeBandField = "sizeBand";
    public const string DepartmentField = "department";

    /// <summary>The error key of a question: its key, as "N" (32 hex digits).</summary>
    public static string QuestionField(Guid question) => question.ToString("N");

    /// <summary>
    /// Each problem with the submission, in questionnaire order: a missing context answer or question
    /// ("required"), a value that is not offered ("unknown"). Error messages are in English; the site words
    /// its own from the field and the code.
    /// </summary>
    public IReadOnlyList<PropertyError> Problems(Questionnaire questionnaire, BusinessProfiles profiles)
    {
        var errors = new List<PropertyError>();
        void Check(string field, string? value, Func<string, bool> known, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new PropertyError(field, null, "required", $"the {what} is required"));
            }
            else if (!known(value))
            {
                errors.Add(new PropertyError(field, null, "unknown", $"'{value}' is not a known {what}"));
            }
        }

        Check(SectorField, Sector, profiles.IsSector, "sector");
        Check(SizeBandField, SizeBand, profiles.IsSizeBand, "size band");
        Check(DepartmentField, Department, d => profiles.Department(d) is not null, "department");
        foreach (var question in questionnaire.Questions)
        {
            if (!Answers.TryGetValue(question.Key, out var answer))
            {
                errors.Add(new PropertyError(QuestionField(question.Key), null, "required", $"question '{question.Text}' has no answer"));
            }
            else if (question.Answer(answer) is null)
            {
                errors.Add(new PropertyError(QuestionField(question.Key), null, "unknown", $"question '{question.Text}' has no such answer"));
            }
        }

        return errors;
    }
}
