using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.Indicators;
using static Brand.PublicApi.OpenData.Datasets.ContentColumns;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// The programme's indicators (<see cref="IndicatorService"/>), one row per indicator with its wording in every
/// culture. Live counts are as of the day of the download, so this file changes every day.
/// </summary>
public sealed class IndicatorsDataset(IndicatorService indicators, CultureSet cultures) : IDataset
{
    public string Id => "indicators";

    public LocalizedText Title { get; } = Text("Indicateurs du programme", "Programme indicators");

    public LocalizedText Description { get; } = Text(
        "Les chiffres clés de la page d'accueil, chacun avec sa source, et les décomptes du jour : acteurs par catégorie, par région couverte et par état du label, événements à venir et passés par format, témoignages, aides ouvertes, ressources.",
        "The home page's key figures, each with its source, and today's counts: actors by kind, by region served and by label status, upcoming and past events by format, success stories, open aid schemes, resources.");

    public IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "indicateurs", "statistiques", "chiffres clés"];

    public IReadOnlyList<DatasetColumn> Columns => field ??=
    [
        Column("id", ColumnType.Code, "Identifiant stable de l'indicateur : actors.kind.labelledConnector, key-figure.…",
            "Stable identifier of the indicator: actors.kind.labelledConnector, key-figure.…"),
        .. PerCulture("label", ColumnType.Text, "Ce que mesure l'indicateur", "What the indicator measures"),
        Column("value", ColumnType.Decimal, "Valeur numérique ; vide quand le chiffre clé n'est pas un nombre (voir display_value)",
            "Numeric value; empty when the key figure is not a number (see display_value)"),
        .. PerCulture("display_value", ColumnType.Text, "La valeur telle qu'elle s'affiche : « 2 sur 3 », « 15,8 % »",
            "The value as displayed: \"2 in 3\", \"15.8%\""),
        Column("unit", ColumnType.Code, "Unité de value : count (décompte), % (pourcentage), ratio (part entre 0 et 1), number ; vide sans valeur numérique",
            "Unit of value: count, % (percentage), ratio (share between 0 and 1), number; empty without a numeric value"),
        Column("date", ColumnType.Text, "Date de la mesure en ISO 8601, aussi précise que la source : jour du décompte (2026-11-23) ou année de référence (2015)",
            "Date of the measurement in ISO 8601, as precise as the source: day of the count (2026-11-23) or reference year (2015)"),
        .. PerCulture("source", ColumnType.Text, "Source de la mesure", "Source of the measurement"),
        .. PerCulture("source_url", ColumnType.Url, "Où vérifier : la source d'un chiffre clé, la page du site où se trouvent les contenus décomptés",
            "Where to check: a key figure's source, the site page listing the counted content"),
        .. PerCulture("note", ColumnType.Text, "Précautions de lecture", "Caveats"),
    ];

    public IEnumerable<object?[]> Rows(DatasetContext context)
    {
        var byCulture = cultures.Codes
            .Select(c => indicators.For(context.Snapshot, context.Today, c).ToDictionary(i => i.Id, StringComparer.Ordinal))
            .ToList();
        foreach (var first in indicators.For(context.Snapshot, context.Today, cultures.Default.Code))
        {
            var inCulture = byCulture.Select(b => b.GetValueOrDefault(first.Id)).ToList();
            yield return
            [
                first.Id,
                .. inCulture.Select(i => i?.Label),
                first.Value,
                .. inCulture.Select(i => i?.DisplayValue),
                first.Unit,
                first.Date,
                .. inCulture.Select(i => i?.Source),
                .. inCulture.Select(i => i?.SourceUrl is ['/', ..] path ? new SitePath(path) : (object?)i?.SourceUrl),
                .. inCulture.Select(i => i?.Note),
            ];
        }
    }

    private static DatasetColumn Column(string name, ColumnType type, string fr, string en) => new(name, type, Text(fr, en), []);

    private IEnumerable<DatasetColumn> PerCulture(string name, ColumnType type, string fr, string en) =>
        cultures.All.Select(c => new DatasetColumn($"{name}_{c.Code}", type,
            Text($"{fr} ({(c.Code == "fr" ? "en français" : c.Code == "en" ? "en anglais" : c.Code)})",
                $"{en} ({(c.Code == "fr" ? "in French" : c.Code == "en" ? "in English" : c.Code)})"), []));
}
