using System.Text.RegularExpressions;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.Mail;

namespace Brand.Cms.Core.Network;

/// <summary>
/// What an applicant typed in the join form. Field names are the form's; <see cref="ApplicationRules"/>
/// checks them against the same rules the directory entry will have to pass, so a granted application
/// always makes a valid entry.
/// </summary>
public sealed record ApplicationForm
{
    public const string KindField = "kind";
    public const string OrganisationField = "organisation";
    public const string SiretField = "siret";
    public const string ContactNameField = "contactName";
    public const string EmailField = "email";
    public const string PhoneField = "phone";
    public const string WebsiteField = "website";
    public const string AddressField = "address";
    public const string PostcodeField = "postcode";
    public const string CityField = "city";
    public const string DescriptionField = "description";
    public const string SpecialtiesField = "specialties";
    public const string DepartmentsField = "departments";
    public const string AcceptsRemoteField = "acceptsRemote";
    public const string ReferencesField = "references";
    public const string CharterField = "charter";

    public string Kind { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Siret { get; init; } = "";
    public string ContactName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Website { get; init; } = "";
    public string Address { get; init; } = "";
    public string Postcode { get; init; } = "";
    public string City { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Specialties { get; init; } = [];
    public IReadOnlyList<string> Departments { get; init; } = [];
    public bool AcceptsRemote { get; init; }
    public string References { get; init; } = "";
    public bool CharterAccepted { get; init; }

    /// <summary>Staged PDFs (see <see cref="ApplicationDocuments"/>), by id.</summary>
    public IReadOnlyList<StagedDocument> Documents { get; init; } = [];

    /// <summary>Labelled connectors are paid professionals: the charter asks them for documents the others need not give.</summary>
    public bool NeedsDocuments => Kind == ActorKinds.Labelled;
}

/// <summary>
/// The rules of the join form. Messages are in English for logs and the API; the site words its own from
/// the field and the code (required, maxLength, format, checksum, unknown, count, type, size).
/// </summary>
public sealed partial class ApplicationRules(ContentModel model, FranceGeography geography)
{
    public const string ActorType = "labelledActor";

    public IReadOnlyList<PropertyError> Problems(ApplicationForm form)
    {
        var errors = new ProblemList();
        if (!ActorKinds.All.Contains(form.Kind))
        {
            errors.Add(ApplicationForm.KindField, "required", "choose one of " + string.Join(", ", ActorKinds.All));
        }

        errors.Text(ApplicationForm.OrganisationField, form.Organisation, ApplicationLimits.Organisation, required: true);
        if (string.IsNullOrWhiteSpace(form.Siret))
        {
            errors.Add(ApplicationForm.SiretField, "required", "is required");
        }
        else if (Siret.Normalize(form.Siret) is null)
        {
            errors.Add(ApplicationForm.SiretField, "format", "must be 14 digits");
        }
        else if (!Siret.IsValid(form.Siret))
        {
            errors.Add(ApplicationForm.SiretField, "checksum", "fails the SIRET checksum: a digit is wrong");
        }

        errors.Text(ApplicationForm.ContactNameField, form.ContactName, ApplicationLimits.ContactName, required: true);
        AddProfileProblems(errors, new ProfileValues
        {
            Description = form.Description,
            Specialties = form.Specialties,
            Departments = form.Departments,
            Address = form.Address,
            Postcode = form.Postcode,
            City = form.City,
            Email = form.Email,
            Phone = form.Phone,
            Website = form.Website,
        }, emailRequired: true);
        errors.Text(ApplicationForm.ReferencesField, form.References, ApplicationLimits.References, required: true);
        if (!form.CharterAccepted)
        {
            errors.Add(ApplicationForm.CharterField, "required", "the charter must be accepted");
        }

        if (form.NeedsDocuments && form.Documents.Count == 0)
        {
            errors.Add(ApplicationDocuments.Field, "required", "labelled connectors attach the documents the charter asks for");
        }
        else if (form.Documents.Count > ApplicationLimits.MaxDocuments)
        {
            errors.Add(ApplicationDocuments.Field, "count", $"at most {ApplicationLimits.MaxDocuments} documents");
        }

        return errors;
    }

    /// <summary>What an actor may change on its own entry, checked with the same rules as an application.</summary>
    public IReadOnlyList<PropertyError> Problems(ProfileValues values)
    {
        var errors = new ProblemList();
        AddProfileProblems(errors, values, emailRequired: false);
        return errors;
    }

    private void AddProfileProblems(ProblemList errors, ProfileValues form, bool emailRequired)
    {
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            if (emailRequired)
            {
                errors.Add(ApplicationForm.EmailField, "required", "is required");
            }
        }
        else if (form.Email.Trim().Length > ApplicationLimits.Email || !MailAddresses.IsOneMailbox(form.Email.Trim()))
        {
            errors.Add(ApplicationForm.EmailField, "format", "must be an e-mail address such as nom@exemple.fr");
        }

        if (form.Phone.Trim().Length > 0 && !Matches("phone", form.Phone.Trim()))
        {
            errors.Add(ApplicationForm.PhoneField, "format", "must be a ten-digit French number such as 01 99 00 12 34");
        }

        if (form.Website.Trim().Length > 0 && (form.Website.Trim().Length > ApplicationLimits.Website
            || !Uri.TryCreate(form.Website.Trim(), UriKind.Absolute, out var site) || site.Scheme is not ("https" or "http")))
        {
            errors.Add(ApplicationForm.WebsiteField, "format", "must be a full address starting with https://");
        }

        errors.Text(ApplicationForm.AddressField, form.Address, ApplicationLimits.Address, required: false);
        if (string.IsNullOrWhiteSpace(form.Postcode))
        {
            errors.Add(ApplicationForm.PostcodeField, "required", "is required");
        }
        else if (!PostcodePattern().IsMatch(form.Postcode.Trim()))
        {
            errors.Add(ApplicationForm.PostcodeField, "format", "must be five digits");
        }

        errors.Text(ApplicationForm.CityField, form.City, ApplicationLimits.City, required: true);
        errors.Text(ApplicationForm.DescriptionField, form.Description, ApplicationLimits.Description, required: true);
        var specialties = Options("specialties");
        if (form.Specialties.Count == 0)
        {
            errors.Add(ApplicationForm.SpecialtiesField, "required", "choose at least one");
        }
        else if (form.Specialties.FirstOrDefault(s => !specialties.Contains(s)) is { } unknown)
        {
            errors.Add(ApplicationForm.SpecialtiesField, "unknown", $"'{unknown}' is not a specialty");
        }

        if (form.Departments.Count == 0)
        {
            errors.Add(ApplicationForm.DepartmentsField, "required", "choose at least one");
        }
        else if (form.Departments.FirstOrDefault(d => geography.FindDepartment(d) is null) is { } department)
        {
            errors.Add(ApplicationForm.DepartmentsField, "unknown", $"'{department}' is not a department code");
        }
    }

    /// <summary>The region codes of the departments served: the directory entry's "regionsServed".</summary>
    public IReadOnlyList<string> RegionsOf(IEnumerable<string> departments) =>
        departments.Select(d => geography.FindDepartment(d)?.RegionCode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    public string? DepartmentCode(string value) => geography.FindDepartment(value)?.Code;

    private HashSet<string> Options(string alias) =>
        model.Type(ActorType)?.Property(alias)?.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal) ?? [];

    // The entry's own rule, from its document type: an application the entry would refuse is refused here.
    private bool Matches(string alias, string value) =>
        model.Type(ActorType)?.Property(alias)?.Pattern is not { } pattern || pattern.IsMatch(value);

    /// <summary>The problems found so far, with the two checks every text field shares.</summary>
    private sealed class ProblemList : List<PropertyError>
    {
        public void Add(string field, string code, string message) => Add(new PropertyError(field, null, code, message));

        public void Text(string field, string value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Add(field, "required", "is required");
            }
            else if (value.Trim().Length > max)
            {
                Add(field, "maxLength", $"must be at most {max} characters");
            }
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();
}
