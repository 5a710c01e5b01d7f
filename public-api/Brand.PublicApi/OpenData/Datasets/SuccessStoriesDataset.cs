using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// Small businesses telling how they went digital. The quote and its author (a private person's name and words)
/// are on the story's page, never in the file; so are the long texts (rich text) and the figures (blocks).
/// </summary>
public sealed class SuccessStoriesDataset(ContentModel model, CultureSet cultures)
    : ContentDataset("success-stories", "successStory", model, cultures)
{
    public override LocalizedText Title { get; } = ContentColumns.Text("Témoignages", "Success stories");

    public override LocalizedText Description { get; } = ContentColumns.Text(
        "Les récits de petites entreprises accompagnées : secteur, effectif, territoire, spécialités travaillées et acteurs du réseau qui les ont aidées.",
        "Stories of small businesses that were helped: sector, headcount, area, specialties worked on and the network actors who helped them.");

    public override IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "témoignages", "transformation numérique"];

    protected override IEnumerable<ContentColumn> Define(ContentColumns columns) =>
    [
        .. ContentColumns.Id(),
        .. columns.Name(),
        .. columns.PageUrl(),
        .. columns.Property("businessName", "business_name"),
        .. columns.Property("sector", "sector"),
        .. columns.Property("sizeBand", "size_band"),
        .. columns.Property("city", "city"),
        .. columns.Property("department", "department"),
        .. columns.Property("region", "region"),
        .. columns.Property("specialties", "specialties"),
        .. columns.Property("supportedBy", "supported_by"),
        .. columns.Property("summary", "summary"),
        .. columns.Property("publishedOn", "published_on"),
        .. columns.Property("isExample", "is_example"),
        .. ContentColumns.Dates(),
    ];
}
