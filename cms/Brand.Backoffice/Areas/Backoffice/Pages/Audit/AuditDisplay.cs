using System.Globalization;
using Brand.Backoffice.Audit;
using Brand.Cms.Core;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Audit;

/// <summary>How the audit pages show an entry: Paris time, French outcome labels.</summary>
public static class AuditDisplay
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static readonly IReadOnlyList<(string Value, string Label)> Outcomes =
    [
        (AuditOutcome.Succeeded, "Réussie"),
        (AuditOutcome.Failed, "Échouée"),
        (AuditOutcome.Refused, "Refusée (droits)"),
    ];

    public static string Paris(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ParisCalendar.Zone).ToString("dd/MM/yyyy HH:mm:ss", French);

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Outcome(string outcome) => Outcomes.FirstOrDefault(o => o.Value == outcome).Label ?? outcome;

    public static string Badge(string outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "fr-badge--success",
        AuditOutcome.Refused => "fr-badge--error",
        _ => "fr-badge--warning",
    };
}
