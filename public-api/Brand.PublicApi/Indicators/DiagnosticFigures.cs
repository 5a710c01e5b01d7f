using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.PublicApi.Indicators;

/// <summary>A dimension's average in one group, named in the requested culture.</summary>
public sealed record FigureAverage(Guid Key, string Name, double Average);

/// <summary>A published group (ten results or more) with its label in the requested culture.</summary>
public sealed record FigureGroup(IndicatorAxis Axis, string Code, string Label, int Count, double Overall, IReadOnlyList<FigureAverage> Dimensions);

/// <summary>The self-diagnostic indicators as the API shows them: totals, and the published groups.</summary>
public sealed record DiagnosticFigureSet(DateTime ComputedAt, int TotalResults, int MinimumGroupSize, IReadOnlyList<FigureGroup> Groups);

/// <summary>
/// Names the engine's anonymous aggregates (<see cref="DiagnosticIndicators"/>) for the GraphQL query and the
/// open-data download: regions by their INSEE name, sectors and size bands by the aid schemes' option labels,
/// dimensions by the published questionnaire. A dimension no longer in the questionnaire has no name to give
/// and is left out; groups below the minimum size never reach this class.
/// </summary>
public sealed class DiagnosticFigures(DiagnosticIndicators indicators, BusinessProfiles profiles)
{
    public Task<DiagnosticIndicatorSet> LatestAsync(CancellationToken ct = default) => indicators.GetAsync(ct);

    /// <summary>The published self-diagnostic page in a culture (the first in tree order when, oddly, there are several).</summary>
    public static Questionnaire? QuestionnaireIn(PublishedSnapshot snapshot, string culture) =>
        snapshot.OfType(Questionnaire.PageType, culture).OrderBy(p => p.Level).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).FirstOrDefault() is { } page
            ? Questionnaire.Read(page)
            : null;

    public DiagnosticFigureSet In(DiagnosticIndicatorSet set, Questionnaire? questionnaire, string culture) => new(
        set.ComputedAt,
        set.TotalResults,
        SelfDiagnosticOptions.MinimumGroupSize,
        set.Groups.Select(g => new FigureGroup(g.Axis, g.Value, Label(g.Axis, g.Value, culture), g.Count, g.Overall,
            (questionnaire?.Dimensions ?? [])
                .Where(d => g.Dimensions.ContainsKey(d.Key))
                .Select(d => new FigureAverage(d.Key, d.Title, g.Dimensions[d.Key]))
                .ToList())).ToList());

    /// <summary>What a group is called for people: "Bretagne", "Commerce de détail", "Ensemble des résultats".</summary>
    public string Label(IndicatorAxis axis, string code, string culture) => axis switch
    {
        IndicatorAxis.All => culture == "fr" ? "Ensemble des résultats" : "All results",
        // INSEE region names are proper names, the same in every language.
        IndicatorAxis.Region => profiles.RegionName(code) ?? code,
        IndicatorAxis.Sector => profiles.SectorLabel(code, culture),
        IndicatorAxis.SizeBand => profiles.SizeBandLabel(code, culture),
        _ => code,
    };

    /// <summary>The axis as the API writes it: all, region, sector, sizeBand.</summary>
    public static string AxisCode(IndicatorAxis axis) => axis switch
    {
        IndicatorAxis.All => "all",
        IndicatorAxis.Region => "region",
        IndicatorAxis.Sector => "sector",
        _ => "sizeBand",
    };
}
