using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Network;
using static Brand.PublicApi.OpenData.Datasets.ContentColumns;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// The network's figures (<see cref="NetworkStatistics"/>) in one long table, one figure per row: what is measured,
/// for which group or month, and the value. A long table rather than one column per figure, so that a new
/// specialty or region is a new row, and reusers' imports keep working. Read from the database and the snapshot
/// once per download by <see cref="PrepareAsync"/>.
/// </summary>
public sealed class NetworkStatisticsDataset(NetworkStatistics statistics, CultureSet cultures) : IDataset
{
    /// <summary>The label columns; a culture the site lacks gets the French label.</summary>
    private static readonly string[] LabelCultures = ["fr", "en"];

    public string Id => "network-statistics";

    public LocalizedText Title { get; } = Text("Statistiques du réseau Croissance Connectée", "Croissance Connectée network statistics");

    public LocalizedText Description { get; } = Text(
        "Les acteurs du réseau dont le label est valide, par catégorie, par région couverte et par spécialité ; les labels expirés ; les demandes d'entrée dans le réseau reçues, accordées et refusées chaque mois sur douze mois, leur état, et le délai de décision. Des comptes seulement : aucun acteur ni demandeur n'est nommé.",
        "The network's actors whose label is valid, by category, by region served and by specialty; expired labels; the applications to join the network received, granted and refused each month over twelve months, where they stand, and how long a decision takes. Counts only: no actor or applicant is named.");

    public IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "réseau", "label", "statistiques"];

    public IReadOnlyList<DatasetColumn> Columns { get; } =
    [
        new("measure", ColumnType.Code, Text("Ce que compte la ligne", "What the row counts"),
        [
            Option("active_actors", "acteurs dont le label est valide (ou sans label daté)", "actors whose label is valid (or with no dated label)"),
            Option("expired_labels", "acteurs dont le label a expiré", "actors whose label has expired"),
            Option("actors_by_kind", "acteurs actifs par catégorie", "active actors by category"),
            Option("actors_by_region", "acteurs actifs par région couverte", "active actors by region served"),
            Option("actors_by_specialty", "acteurs actifs par spécialité", "active actors by specialty"),
            Option("applications_by_status", "demandes conservées, par état", "applications kept, by status"),
            Option("applications_submitted", "demandes reçues dans le mois", "applications received in the month"),
            Option("applications_granted", "labels accordés dans le mois", "labels granted in the month"),
            Option("applications_refused", "demandes refusées dans le mois", "applications refused in the month"),
            Option("decision_days_median", "délai médian de décision, en jours", "median time to decision, in days"),
            Option("decision_days_average", "délai moyen de décision, en jours", "average time to decision, in days"),
            Option("decision_days_p90", "délai dans lequel neuf décisions sur dix sont prises, en jours", "days within which nine decisions in ten are taken"),
        ]),
        new("group", ColumnType.Code, Text(
            "Le groupe compté : la catégorie ou la spécialité comme dans le jeu « Acteurs », le code INSEE de la région, ou l'état de la demande ; vide pour un total",
            "The group counted: the category or specialty as in the \"Actors\" dataset, the region's INSEE code, or the application status; empty for a total"), []),
        .. LabelCultures.Select(c => new DatasetColumn($"label_{c}", ColumnType.Text, Text(
            $"Nom du groupe ({(c == "fr" ? "en français" : "en anglais")})", $"Name of the group ({(c == "fr" ? "in French" : "in English")})"), [])),
        new("month", ColumnType.Text, Text("Le mois, au format 2026-11, pour les mesures mensuelles ; vide sinon", "The month, as 2026-11, for the monthly measures; empty otherwise"), []),
        new("value", ColumnType.Decimal, Text("La valeur : un nombre d'acteurs ou de demandes, ou un nombre de jours arrondi au dixième", "The value: a number of actors or applications, or a number of days to a tenth"), []),
    ];

    public async ValueTask<DatasetContext> PrepareAsync(DatasetContext context, CancellationToken ct) =>
        context with { Network = await statistics.ComputeAsync(LabelCultures.Where(cultures.Contains), ct) };

    public IEnumerable<object?[]> Rows(DatasetContext context)
    {
        var figures = context.Network ?? throw new InvalidOperationException("The network statistics are read by PrepareAsync before the rows.");
        var fr = figures.GetValueOrDefault("fr") ?? figures.Values.First();
        var en = figures.GetValueOrDefault("en") ?? fr;
        object?[] Row(string measure, string? group, string? labelFr, string? labelEn, string? month, decimal? value) => [measure, group, labelFr, labelEn, month, value];
        IEnumerable<object?[]> Counts(string measure, IReadOnlyList<CountBy> french, IReadOnlyList<CountBy> english) =>
            french.Select(c => Row(measure, c.Value, c.Label, english.FirstOrDefault(e => e.Value == c.Value)?.Label ?? c.Label, null, c.Count));

        yield return Row("active_actors", null, null, null, null, fr.ActiveActors);
        yield return Row("expired_labels", null, null, null, null, fr.ExpiredLabels);
        foreach (var row in Counts("actors_by_kind", fr.ActorsByKind, en.ActorsByKind)
            .Concat(Counts("actors_by_region", fr.ActorsByRegion, en.ActorsByRegion))
            .Concat(Counts("actors_by_specialty", fr.ActorsBySpecialty, en.ActorsBySpecialty))
            .Concat(Counts("applications_by_status", fr.ApplicationsByStatus, en.ApplicationsByStatus)))
        {
            yield return row;
        }

        foreach (var month in fr.ApplicationsPerMonth)
        {
            yield return Row("applications_submitted", null, null, null, month.Month, month.Submitted);
            yield return Row("applications_granted", null, null, null, month.Month, month.Granted);
            yield return Row("applications_refused", null, null, null, month.Month, month.Refused);
        }

        yield return Row("decision_days_median", null, null, null, null, (decimal?)fr.TimeToDecision.MedianDays);
        yield return Row("decision_days_average", null, null, null, null, (decimal?)fr.TimeToDecision.AverageDays);
        yield return Row("decision_days_p90", null, null, null, null, (decimal?)fr.TimeToDecision.NinetiethPercentileDays);
    }

    private static ChoiceOption Option(string value, string fr, string en) => new() { Value = value, Label = Text(fr, en) };
}
