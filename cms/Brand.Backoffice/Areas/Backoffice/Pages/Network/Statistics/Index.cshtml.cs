using Brand.Backoffice.Network;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Network.Statistics;

/// <summary>The network at a glance: who is in it, where, in what, and how fast applications are decided. Counts only.</summary>
public sealed class IndexModel(NetworkStatistics statistics) : BackofficePage
{
    public NetworkFigures Figures { get; private set; } = null!;

    /// <summary>The breakdowns of the active actors, each drawn as bars above its table.</summary>
    public IReadOnlyList<(string Id, BarChart Chart, string Column)> Breakdowns { get; private set; } = [];

    /// <summary>The longest bar of the monthly chart: the three series share one scale.</summary>
    public int MonthMax { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkStatisticsRead, "network:statistics") is { } refused)
        {
            return refused;
        }

        Figures = await statistics.ComputeAsync("fr", HttpContext.RequestAborted);
        Breakdowns =
        [
            ("par-categorie", BarChart.Of("Acteurs par catégorie", Figures.ActorsByKind.Select(c => (c.Label, c.Count))), "Catégorie"),
            ("par-region", BarChart.Of("Acteurs par région couverte", Figures.ActorsByRegion.Select(c => (c.Label, c.Count))), "Région"),
            ("par-specialite", BarChart.Of("Acteurs par spécialité", Figures.ActorsBySpecialty.Select(c => (c.Label, c.Count))), "Spécialité"),
            ("par-statut", BarChart.Of("Candidatures par statut", Figures.ApplicationsByStatus.Select(c => (c.Label, c.Count))), "Statut"),
        ];
        MonthMax = Math.Max(1, Figures.ApplicationsPerMonth.Select(m => Math.Max(m.Submitted, Math.Max(m.Granted, m.Refused))).DefaultIfEmpty(0).Max());
        return Page();
    }

    /// <summary>A bar's length on the monthly chart's shared scale, for an SVG attribute.</summary>
    public string MonthWidth(int value) => (100.0 * value / MonthMax).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"novembre 2026" from "2026-11".</summary>
    public static string MonthName(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            .ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    public static string Days(double? days) =>
        days is { } value ? value.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " j" : "—";
}
