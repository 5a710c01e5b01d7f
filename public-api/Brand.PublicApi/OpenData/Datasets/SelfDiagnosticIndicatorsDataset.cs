using System.Runtime.CompilerServices;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.PublicApi.Indicators;
using static Brand.PublicApi.OpenData.Datasets.ContentColumns;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// The self-diagnostic's anonymous averages (<see cref="DiagnosticIndicators"/>): one row per published group, all
/// results first, then by region, sector and size band. A group of fewer than ten results is not a row at all.
/// The rows come from the database, not the snapshot: <see cref="PrepareAsync"/> reads them once per download.
/// Each dimension of the questionnaire has its own column, named from its key ("dimension_" + 32 hex digits) so that
/// renaming a dimension keeps reusers' imports working; its description gives its name.
/// </summary>
public sealed class SelfDiagnosticIndicatorsDataset(DiagnosticFigures figures, PublishedContentCache cache, CultureSet cultures) : IDataset
{
    public const string DimensionPrefix = "dimension_";

    // Weak keys: the dimension columns of a replaced snapshot go with it.
    private readonly ConditionalWeakTable<PublishedSnapshot, Shape> _shapes = [];

    public string Id => "self-diagnostic-indicators";

    public LocalizedText Title { get; } = Text("Indicateurs de l'autodiagnostic", "Self-diagnostic indicators");

    public LocalizedText Description { get; } = Text(
        "Les scores moyens, sur 100, des autodiagnostics de maturité numérique remplis par les TPE et PME : pour l'ensemble des résultats, par région, par secteur d'activité et par tranche d'effectif, au global et pour chaque axe du questionnaire. Anonymes : un groupe de moins de dix résultats n'est pas publié, et la moyenne d'un axe seulement lorsqu'au moins dix résultats du groupe la fondent.",
        "The average scores, out of 100, of the digital maturity self-diagnostics filled in by small businesses: for all results, by region, by sector and by headcount band, overall and for each dimension of the questionnaire. Anonymous: a group of fewer than ten results is not published, and a dimension's average only when at least ten results of the group go into it.");

    public IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "autodiagnostic", "maturité numérique", "statistiques"];

    /// <summary>The columns for the questionnaire as currently published (its dimensions may change with a publish).</summary>
    public IReadOnlyList<DatasetColumn> Columns => ShapeOf(cache.Current).Columns;

    public async ValueTask<DatasetContext> PrepareAsync(DatasetContext context, CancellationToken ct) =>
        context with { Diagnostics = await figures.LatestAsync(ct) };

    public IEnumerable<object?[]> Rows(DatasetContext context)
    {
        var set = context.Diagnostics ?? throw new InvalidOperationException("The self-diagnostic indicators are read by PrepareAsync before the rows.");
        var dimensions = ShapeOf(context.Snapshot).Dimensions;
        foreach (var group in set.Groups)
        {
            yield return
            [
                DiagnosticFigures.AxisCode(group.Axis),
                group.Value,
                .. cultures.Codes.Select(c => figures.Label(group.Axis, group.Value, c)),
                (long)group.Count,
                (decimal)group.Overall,
                .. dimensions.Select(d => group.Dimensions.TryGetValue(d, out var average) ? (decimal?)average : null),
            ];
        }
    }

    public static string DimensionColumn(Guid key) => DimensionPrefix + key.ToString("N");

    private Shape ShapeOf(PublishedSnapshot snapshot) => _shapes.GetValue(snapshot, s =>
    {
        var byCulture = cultures.Codes.Select(c => DiagnosticFigures.QuestionnaireIn(s, c)).ToList();
        var keys = byCulture.FirstOrDefault(q => q is not null)?.Dimensions.Select(d => d.Key).ToList() ?? [];
        string Name(Guid key, string culture) =>
            byCulture.FirstOrDefault(q => q?.Culture == culture)?.Dimension(key)?.Title
            ?? byCulture.Select(q => q?.Dimension(key)?.Title).FirstOrDefault(t => t is not null) ?? key.ToString("D");
        List<DatasetColumn> columns =
        [
            new("axis", ColumnType.Code, Text("Ce qui regroupe les résultats de la ligne", "What groups the row's results"),
                [Option("all", "ensemble des résultats", "all results"), Option("region", "région", "region"),
                    Option("sector", "secteur d'activité", "sector"), Option("sizeBand", "tranche d'effectif", "headcount band")]),
            new("group", ColumnType.Code, Text(
                "Le groupe : « all » pour l'ensemble, le code INSEE de la région (53 pour la Bretagne), ou la valeur du secteur ou de la tranche d'effectif, les mêmes que dans le jeu « Aides » (retail, 10-49…)",
                "The group: \"all\" for all results, the region's INSEE code (53 for Brittany), or the sector or headcount band value, the same as in the \"Aid schemes\" dataset (retail, 10-49…)"), []),
            .. cultures.All.Select(c => new DatasetColumn($"label_{c.Code}", ColumnType.Text, Text(
                $"Nom du groupe ({(c.Code == "fr" ? "en français" : c.Code == "en" ? "en anglais" : c.Code)})",
                $"Name of the group ({(c.Code == "fr" ? "in French" : c.Code == "en" ? "in English" : c.Code)})"), [])),
            new("count", ColumnType.Integer, Text(
                $"Nombre de résultats du groupe, toujours au moins {SelfDiagnosticOptions.MinimumGroupSize}",
                $"Number of results in the group, always at least {SelfDiagnosticOptions.MinimumGroupSize}"), []),
            new("overall", ColumnType.Decimal, Text("Score global moyen, sur 100, arrondi au dixième", "Average overall score, out of 100, rounded to one decimal place"), []),
            .. keys.Select(k => new DatasetColumn(DimensionColumn(k), ColumnType.Decimal, Text(
                $"Score moyen, sur 100, de l'axe « {Name(k, "fr")} » ; vide quand moins de {SelfDiagnosticOptions.MinimumGroupSize} résultats du groupe le fondent. Le nom de la colonne vient de l'identifiant de l'axe et ne change pas s'il est renommé",
                $"Average score, out of 100, of the dimension \"{Name(k, "en")}\"; empty when fewer than {SelfDiagnosticOptions.MinimumGroupSize} results of the group go into it. The column name comes from the dimension's identifier and stays the same if it is renamed"), [])),
        ];
        return new Shape(columns, keys);
    });

    private static ChoiceOption Option(string value, string fr, string en) => new() { Value = value, Label = Text(fr, en) };

    private sealed record Shape(IReadOnlyList<DatasetColumn> Columns, IReadOnlyList<Guid> Dimensions);
}
