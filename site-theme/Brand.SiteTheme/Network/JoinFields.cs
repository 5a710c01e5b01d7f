using Brand.Cms.Core.Network;

namespace Brand.SiteTheme.Network;

/// <summary>
/// The names the join form and the reply form post, and the element ids their error summaries link to.
/// The engine's field names (<see cref="ApplicationForm"/>) are kept, but for the website: "website" is the
/// honeypot's name on every public form (robots fill it gladly), so the real one posts under another name.
/// </summary>
public static class JoinFields
{
    public const string Website = "organisationWebsite";

    /// <summary>Ids of files staged by an earlier post of the same form, carried so no file has to be attached twice.</summary>
    public const string Staged = "staged";

    /// <summary>Staged ids the applicant ticked to drop.</summary>
    public const string RemoveStaged = "removeStaged";

    /// <summary>
    /// Set (to "1") when the form renews the signed-in actor's label: the query parameter that opens the page so
    /// (from the actor space), then a hidden field of the form. The page itself shows nothing personal, so it
    /// may be cached; only the post reads the actor's session.
    /// </summary>
    public static string Renew(string culture) => culture == "fr" ? "renouveler" : "renew";

    /// <summary>The reply form's message to the network team.</summary>
    public const string Message = "message";

    /// <summary>The fields in the order the form shows them: the error summary follows it.</summary>
    private static readonly string[] Order =
    [
        ApplicationForm.KindField, ApplicationForm.OrganisationField, ApplicationForm.SiretField, ApplicationForm.ContactNameField,
        ApplicationForm.EmailField, ApplicationForm.PhoneField, ApplicationForm.WebsiteField, ApplicationForm.AddressField,
        ApplicationForm.PostcodeField, ApplicationForm.CityField, ApplicationForm.DescriptionField, ApplicationForm.SpecialtiesField,
        ApplicationForm.DepartmentsField, ApplicationForm.AcceptsRemoteField, ApplicationForm.ReferencesField,
        ApplicationDocuments.Field, ApplicationForm.CharterField, Message,
    ];

    /// <summary>The name a field posts under.</summary>
    public static string Name(string field) => field == ApplicationForm.WebsiteField ? Website : field;

    /// <summary>The id of a field's input (the first box of a group): where a summary link takes the focus.</summary>
    public static string InputId(string field) => $"join-{field}";

    /// <summary>The id of a field's error message, named by its input's (or fieldset's) aria-describedby.</summary>
    public static string ErrorId(string field) => $"join-{field}-error";

    public static int Rank(string field) => Array.IndexOf(Order, field) is var i and >= 0 ? i : Order.Length;
}
