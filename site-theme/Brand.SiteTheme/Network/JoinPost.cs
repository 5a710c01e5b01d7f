using Brand.Cms.Core.Network;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.Network;

/// <summary>
/// The join form as posted, read by hand rather than model-bound so that the field names are the engine's
/// (<see cref="ApplicationForm"/>) and each problem maps to its field. The documents are read apart
/// (<see cref="StagedUploads"/>): staging them writes files.
/// </summary>
public sealed record JoinPost(ApplicationForm Form, bool IsTrapped, bool Renews)
{
    public static JoinPost Read(IFormCollection form, string culture)
    {
        string One(string field) => form[JoinFields.Name(field)].FirstOrDefault() ?? "";
        List<string> Many(string field) =>
            form[field].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        bool Ticked(string field) => form[field].Any(v => v is "true" or "on");

        return new JoinPost(new ApplicationForm
        {
            Kind = One(ApplicationForm.KindField).Trim(),
            Organisation = One(ApplicationForm.OrganisationField),
            Siret = One(ApplicationForm.SiretField),
            ContactName = One(ApplicationForm.ContactNameField),
            Email = One(ApplicationForm.EmailField),
            Phone = One(ApplicationForm.PhoneField),
            Website = One(ApplicationForm.WebsiteField),
            Address = One(ApplicationForm.AddressField),
            Postcode = One(ApplicationForm.PostcodeField),
            City = One(ApplicationForm.CityField),
            Description = One(ApplicationForm.DescriptionField),
            Specialties = Many(ApplicationForm.SpecialtiesField),
            Departments = Many(ApplicationForm.DepartmentsField),
            AcceptsRemote = Ticked(ApplicationForm.AcceptsRemoteField),
            References = One(ApplicationForm.ReferencesField),
            CharterAccepted = Ticked(ApplicationForm.CharterField),
        }, Honeypot.IsFilled(form), form[JoinFields.Renew(culture)] == "1");
    }
}
