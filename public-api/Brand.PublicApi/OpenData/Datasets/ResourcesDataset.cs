using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>Guides, tools, training courses and videos. Their text (rich text) is on each page.</summary>
public sealed class ResourcesDataset(ContentModel model, CultureSet cultures) : ContentDataset("resources", "resource", model, cultures)
{
    public override LocalizedText Title { get; } = ContentColumns.Text("Ressources", "Resources");

    public override LocalizedText Description { get; } = ContentColumns.Text(
        "Les guides, outils, formations et vidéos proposés aux dirigeants : type, thèmes, niveau, durée et liens.",
        "Guides, tools, training courses and videos for business owners: type, themes, level, time needed and links.");

    public override IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "guides", "ressources", "formation"];

    protected override IEnumerable<ContentColumn> Define(ContentColumns columns) =>
    [
        .. ContentColumns.Id(),
        .. columns.Name(),
        .. columns.PageUrl(),
        .. columns.Property("summary", "summary"),
        .. columns.Property("resourceType", "resource_type"),
        .. columns.Property("themes", "themes"),
        .. columns.Property("level", "level"),
        .. columns.Property("readingTime", "reading_time_minutes"),
        .. columns.Property("externalUrl", "external_url"),
        .. columns.Property("publishedOn", "published_on"),
        .. columns.Property("updatedOn", "updated_on"),
        .. ContentColumns.Dates(),
    ];
}
