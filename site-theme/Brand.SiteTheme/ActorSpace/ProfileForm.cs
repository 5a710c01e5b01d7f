using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// The profile form of the actor space, as posted: the engine's field names (<see cref="ApplicationForm"/>),
/// but for the website, posted as <see cref="Website"/> because "website" is the public forms' honeypot.
/// Read by hand rather than model-bound, so an engine error maps to its field directly.
/// </summary>
public static class ProfileForm
{
    public const string Website = "publicWebsite";

    private static readonly char[] _separators = [',', ';', ' ', '\n', '\r', '\t'];

    public static ProfileValues Read(IFormCollection form)
    {
        string One(string name) => form[name].FirstOrDefault()?.Trim() ?? "";
        return new ProfileValues
        {
            Description = One(ApplicationForm.DescriptionField),
            Specialties = form[ApplicationForm.SpecialtiesField].OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
            Departments = Departments(One(ApplicationForm.DepartmentsField)),
            AcceptsRemote = form[ApplicationForm.AcceptsRemoteField].Any(v => v is "true" or "on"),
            Address = One(ApplicationForm.AddressField),
            Postcode = One(ApplicationForm.PostcodeField),
            City = One(ApplicationForm.CityField),
            Email = One(ApplicationForm.EmailField),
            Phone = One(ApplicationForm.PhoneField),
            Website = One(Website),
        };
    }

    /// <summary>"35, 22 56" → ["35", "22", "56"]: the actor types the codes, separated as they like.</summary>
    public static IReadOnlyList<string> Departments(string typed) =>
        typed.Split(_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The name a field posts under (the website's differs from the engine's).</summary>
    public static string NameOf(string field) => field == ApplicationForm.WebsiteField ? Website : field;

    /// <summary>The element id of a field, for its label, its error message and the error summary's link.</summary>
    public static string IdOf(string field) => $"profile-{field}";

    public static string ErrorIdOf(string field) => $"profile-{field}-error";
}
