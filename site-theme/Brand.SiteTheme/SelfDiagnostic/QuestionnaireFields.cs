using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// The names the questionnaire form posts, and the element ids its error summary links to. Every step
/// posts every answer given so far (other steps' as hidden inputs), so nothing is kept on the server
/// between steps and the GET page stays cacheable.
/// </summary>
public static class QuestionnaireFields
{
    public const string Sector = DiagnosticSubmission.SectorField;
    public const string SizeBand = DiagnosticSubmission.SizeBandField;
    public const string Department = DiagnosticSubmission.DepartmentField;

    /// <summary>The index of the step the form was on (0: the business; 1…n: the dimensions).</summary>
    public const string Step = "step";

    /// <summary>The button pressed: one of <see cref="Next"/>, <see cref="Previous"/>, <see cref="Submit"/>.</summary>
    public const string Action = "action";

    public const string Next = "next";
    public const string Previous = "previous";
    public const string Submit = "submit";

    private const string QuestionPrefix = "q.";

    /// <summary>"q.{question key:N}", posting the answer's key ("N").</summary>
    public static string Question(Guid key) => QuestionPrefix + key.ToString("N");

    /// <summary>The form field of an engine problem's field: the three context names, or a question key ("N").</summary>
    public static string OfProblem(string field) => Guid.TryParseExact(field, "N", out var key) ? Question(key) : field;

    /// <summary>The id of a field's first input (a select, or the first radio): where a summary link takes the focus.</summary>
    public static string InputId(string field) => Id(field) + "-0";

    /// <summary>The id of a field's error message, which its input or fieldset names in aria-describedby.</summary>
    public static string ErrorId(string field) => Id(field) + "-error";

    /// <summary>A field's id prefix, safe in HTML ids and URL fragments.</summary>
    public static string Id(string field) => "diag-" + field.Replace('.', '-');
}
