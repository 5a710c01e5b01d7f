using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.Network;

namespace Brand.Backoffice.Network;

/// <summary>How the French backoffice words the network's statuses, kinds, places and profile fields.</summary>
public sealed class NetworkLabels(ContentModel model, FranceGeography geography)
{
    /// <summary>The statuses in the order an application goes through them (the tabs list them so).</summary>
    public static IReadOnlyList<ApplicationStatus> Statuses { get; } = Enum.GetValues<ApplicationStatus>();

    /// <summary>The statuses that wait for a manager (the menu's count): the others wait for the applicant, or are over.</summary>
    public static IReadOnlyList<ApplicationStatus> Waiting { get; } = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview];

    public static string Status(ApplicationStatus status) => NetworkStatistics.StatusLabel(status, "fr");

    public static string Badge(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "fr-badge--new",
        ApplicationStatus.UnderReview => "fr-badge--info",
        ApplicationStatus.InformationRequested => "fr-badge--warning",
        ApplicationStatus.Granted => "fr-badge--success",
        ApplicationStatus.Refused => "fr-badge--error",
        _ => "",
    };

    public static string Kind(string kind) => NetworkMail.KindLabel(kind, "fr") is var label && label.Length > 0
        ? char.ToUpperInvariant(label[0]) + label[1..]
        : kind;

    /// <summary>Who wrote a line of the history: a manager by name, or the applicant.</summary>
    public static string Who(string by) => by == ApplicationEvent.ApplicantActor ? "Le candidat" : by;

    /// <summary>Days since submission while undecided; the days it took once decided.</summary>
    public static int Days(LabelApplication application, DateTime nowUtc) =>
        (int)((application.DecidedAt ?? nowUtc) - application.SubmittedAt).TotalDays;

    /// <summary>"Ille-et-Vilaine (35)"; an unknown code as it is.</summary>
    public string Department(string code) => geography.FindDepartment(code) is { } department ? $"{department.Name} ({department.Code})" : code;

    public string Specialty(string value) => model.Type(LabelGranting.ActorType)?.Property("specialties")?.OptionLabel(value, "fr") ?? value;

    /// <summary>The French name of a profile field (<see cref="ApplicationForm"/>'s field names) on the moderation page.</summary>
    public static string Field(string field) => field switch
    {
        ApplicationForm.DescriptionField => "Présentation",
        ApplicationForm.SpecialtiesField => "Spécialités",
        ApplicationForm.DepartmentsField => "Départements couverts",
        ApplicationForm.AcceptsRemoteField => "Accompagnement à distance",
        ApplicationForm.AddressField => "Adresse",
        ApplicationForm.PostcodeField => "Code postal",
        ApplicationForm.CityField => "Commune",
        ApplicationForm.EmailField => "Adresse électronique",
        ApplicationForm.PhoneField => "Téléphone",
        ApplicationForm.WebsiteField => "Site internet",
        _ => field,
    };

    /// <summary>A profile value as a manager reads it: option values and codes named, yes/no in words.</summary>
    public string FieldValue(string field, string value) => field switch
    {
        _ when value.Trim().Length == 0 => "(vide)",
        ApplicationForm.AcceptsRemoteField => value == bool.TrueString ? "Oui" : "Non",
        ApplicationForm.SpecialtiesField => string.Join(", ", Split(value).Select(Specialty)),
        ApplicationForm.DepartmentsField => string.Join(", ", Split(value).Select(Department)),
        _ => value,
    };

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
