using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>Aid schemes funding small businesses' digital projects. Eligibility and details (rich text) are on each page.</summary>
public sealed class AidSchemesDataset(ContentModel model, CultureSet cultures) : ContentDataset("aid-schemes", "aidScheme", model, cultures)
{
    public override LocalizedText Title { get; } = ContentColumns.Text("Aides", "Aid schemes");

    public override LocalizedText Description { get; } = ContentColumns.Text(
        "Les aides qui financent les projets numériques des petites entreprises : financeur, territoire, sujets financés, entreprises éligibles, montants et calendrier.",
        "Aid schemes funding small businesses' digital projects: funder, area, topics funded, eligible businesses, amounts and dates.");

    public override IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "aides", "financement", "subventions"];

    protected override IEnumerable<ContentColumn> Define(ContentColumns columns) =>
    [
        .. ContentColumns.Id(),
        .. columns.Name(),
        .. columns.PageUrl(),
        .. columns.Property("summary", "summary"),
        .. columns.Property("funder", "funder"),
        .. columns.Property("region", "region"),
        .. columns.Property("fundedTopics", "funded_topics"),
        .. columns.Property("eligibleSizeBands", "eligible_size_bands"),
        .. columns.Property("eligibleSectors", "eligible_sectors"),
        .. columns.Property("amountText", "amount_text"),
        .. columns.Property("maxAmount", "max_amount_eur"),
        .. columns.Property("fundingRate", "funding_rate_percent"),
        .. columns.Property("openingDate", "opening_date"),
        .. columns.Property("deadline", "deadline"),
        .. columns.Property("applyUrl", "apply_url"),
        .. columns.Property("isExample", "is_example"),
        .. ContentColumns.Dates(),
    ];
}
