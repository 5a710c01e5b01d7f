using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>A published group on the indicators page: its name, size, overall average and one average per shown dimension (null when too few results went into it).</summary>
public sealed record IndicatorRow(string Label, int Count, double Overall, IReadOnlyList<double?> Dimensions);

/// <summary>
/// What the diagnosticIndicatorsPage template shows: the 2015 reference figures picked by the editors, and the
/// anonymous averages of the self-diagnostic (<see cref="DiagnosticIndicators"/>, from the database, kept a few
/// minutes) named for the reader: dimensions by the picked questionnaire in the page's culture, regions by their
/// INSEE name, sectors and size bands by the aid schemes' labels. Groups under ten results never reach here.
/// </summary>
public sealed class IndicatorsPage
{
    private readonly ThemeFormat _format;
    private readonly Dictionary<IndicatorAxis, IReadOnlyList<IndicatorRow>> _rows;

    private IndicatorsPage(ThemeFormat format, IReadOnlyList<PublishedElement> figures, IReadOnlyList<DiagnosticDimension> dimensions,
        DiagnosticIndicatorSet set, Dictionary<IndicatorAxis, IReadOnlyList<IndicatorRow>> rows, PublishedContent? questionnaire)
    {
        _format = format;
        ReferenceFigures = figures;
        Dimensions = dimensions;
        Set = set;
        _rows = rows;
        QuestionnairePage = questionnaire;
    }

    public const int MinimumGroupSize = SelfDiagnosticOptions.MinimumGroupSize;

    public IReadOnlyList<PublishedElement> ReferenceFigures { get; }

    /// <summary>The dimensions of the picked questionnaire that have an average somewhere, in questionnaire order.</summary>
    public IReadOnlyList<DiagnosticDimension> Dimensions { get; }

    public DiagnosticIndicatorSet Set { get; }

    /// <summary>When the averages were computed (the engine keeps them a few minutes).</summary>
    public DateTimeOffset ComputedAt => new(DateTime.SpecifyKind(Set.ComputedAt, DateTimeKind.Utc));

    /// <summary>The self-diagnostic page, for a "take the test" link; null when not picked or not published in this culture.</summary>
    public PublishedContent? QuestionnairePage { get; }

    /// <summary>All results, once they reach the minimum group size; until then nothing is published at all.</summary>
    public IndicatorRow? National => _rows[IndicatorAxis.All] is [var all, ..] ? all : null;

    public IReadOnlyList<IndicatorRow> Rows(IndicatorAxis axis) => _rows[axis];

    /// <summary>A score as the reader writes it: one decimal, "52,5" in French, "52.5" in English.</summary>
    public string Score(double value) => value.ToString("0.0", _format.CultureInfo);

    /// <summary>A score for the chart's data-value attribute: invariant, as JavaScript reads numbers.</summary>
    public static string DataValue(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public string Count(int value) => _format.Number(value);

    public static async Task<IndicatorsPage> LoadAsync(ThemeContext theme, PublishedContent page, CancellationToken ct)
    {
        var services = theme.Http.RequestServices;
        var set = await services.GetRequiredService<DiagnosticIndicators>().GetAsync(ct);
        var profiles = services.GetRequiredService<BusinessProfiles>();
        var questionnairePage = page.Value<Guid?>("questionnaire") is { } key ? theme.ByKey(key) : null;
        var questionnaire = questionnairePage?.ContentType == Questionnaire.PageType ? Questionnaire.Read(questionnairePage) : null;
        var dimensions = (questionnaire?.Dimensions ?? []).Where(d => set.Groups.Any(g => g.Dimensions.ContainsKey(d.Key))).ToList();
        var culture = theme.Culture;
        var compare = theme.CultureInfo.CompareInfo;

        IndicatorRow Row(IndicatorGroup group, string label) => new(label, group.Count, group.Overall,
            dimensions.Select(d => group.Dimensions.TryGetValue(d.Key, out var average) ? average : (double?)null).ToList());

        // Sectors and size bands in the order the aid schemes list them (size bands grow); regions alphabetically.
        List<IndicatorRow> InOrderOf(IndicatorAxis axis, IReadOnlyList<ProfileChoice> choices) =>
            set.By(axis)
                .OrderBy(g => choices.Select(c => c.Value).ToList().IndexOf(g.Value) is var i and >= 0 ? i : int.MaxValue)
                .Select(g => Row(g, choices.FirstOrDefault(c => c.Value == g.Value)?.Label.In(culture) ?? g.Value))
                .ToList();

        var rows = new Dictionary<IndicatorAxis, IReadOnlyList<IndicatorRow>>
        {
            [IndicatorAxis.All] = set.By(IndicatorAxis.All).Select(g => Row(g, theme.T("Ensemble des résultats", "All results"))).ToList(),
            [IndicatorAxis.Region] = set.By(IndicatorAxis.Region)
                .Select(g => Row(g, profiles.RegionName(g.Value) ?? g.Value))
                .OrderBy(r => r.Label, Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase)))
                .ToList(),
            [IndicatorAxis.Sector] = InOrderOf(IndicatorAxis.Sector, profiles.Sectors),
            [IndicatorAxis.SizeBand] = InOrderOf(IndicatorAxis.SizeBand, profiles.SizeBands),
        };
        var figures = page.Value<IReadOnlyList<PublishedElement>>("referenceFigures") ?? [];
        return new IndicatorsPage(theme.Format, figures, dimensions, set, rows, questionnairePage);
    }
}
