using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>A column of a content dataset and how to read it from a row.</summary>
public sealed record ContentColumn(DatasetColumn Definition, Func<ContentRow, object?> Read);

/// <summary>
/// Builds the columns of a content dataset from its document type, so that descriptions and documented codes
/// are the editors' own labels, in every culture. A property that varies by culture gives one column per culture,
/// suffixed with its code: summary_fr, summary_en. A property (or type) missing from the configuration keeps its
/// column, empty: column names are a promise to reusers, and a configuration that drops a field must not break
/// their imports or the download.
/// </summary>
public sealed class ContentColumns(DocumentType? type, CultureSet cultures)
{
    public const string ModifiedAt = "modified_at";

    public static LocalizedText Text(string fr, string en) => new() { ["fr"] = fr, ["en"] = en };

    public static IEnumerable<ContentColumn> Id() =>
        [Computed("id", ColumnType.Uuid, "Identifiant stable de la fiche (UUID), le même dans toutes les langues",
            "Stable identifier of the entry (UUID), the same in every language", r => r.Item.Key)];

    public IEnumerable<ContentColumn> Name(bool personalData = false) => PerCulture("name", ColumnType.Text,
        Text("Nom", "Name"), (item, _) => item.Name, personalData);

    public IEnumerable<ContentColumn> PageUrl(bool personalData = false) => PerCulture("url", ColumnType.PageUrl,
        Text("Adresse de la page sur le site", "Address of the page on the site"),
        (item, _) => item.Url is { } path ? new SitePath(path) : null, personalData);

    /// <summary>A property of the document type, under a column name of ours; the editor decides the column type.</summary>
    public IEnumerable<ContentColumn> Property(string alias, string column, bool personalData = false)
    {
        if (type?.Property(alias) is not { } property)
        {
            return [new ContentColumn(new DatasetColumn(column, ColumnType.Text,
                Text("Champ retiré du site : toujours vide", "Field removed from the site: always empty"), [], personalData), _ => null)];
        }

        var description = Describe(property);
        var columnType = TypeOf(property);
        if (!property.VariesByCulture)
        {
            return [new ContentColumn(new DatasetColumn(column, columnType, description, property.Options, personalData),
                row => Normalize(columnType, row.Item.Value(alias)))];
        }

        return PerCulture(column, columnType, description, (item, _) => Normalize(columnType, item.Value(alias)), personalData, property.Options);
    }

    /// <summary>The documented values of a choice property.</summary>
    public IReadOnlyList<ChoiceOption> Options(string alias) => type?.Property(alias)?.Options ?? [];

    /// <summary>The map position as two decimal columns.</summary>
    public static IEnumerable<ContentColumn> Location(string alias, bool personalData = false) =>
    [
        Computed("latitude", ColumnType.Decimal, "Latitude de la position sur la carte (WGS 84)", "Latitude of the map position (WGS 84)",
            r => r.Item.Value<GeoPoint?>(alias) is { } p ? (decimal)p.Lat : null, personalData),
        Computed("longitude", ColumnType.Decimal, "Longitude de la position sur la carte (WGS 84)", "Longitude of the map position (WGS 84)",
            r => r.Item.Value<GeoPoint?>(alias) is { } p ? (decimal)p.Lon : null, personalData),
    ];

    public static IEnumerable<ContentColumn> Dates() =>
    [
        Computed("created_at", ColumnType.DateTime, "Création de la fiche sur le site", "When the entry was created on the site",
            r => r.Item.CreateDate.AsUtc()),
        Computed(ModifiedAt, ColumnType.DateTime, "Dernière publication de la fiche, toutes langues confondues",
            "When the entry was last published, in any language", r => r.LastPublished),
    ];

    public static ContentColumn Computed(string name, ColumnType columnType, string fr, string en, Func<ContentRow, object?> read,
        bool personalData = false, IReadOnlyList<ChoiceOption>? values = null) =>
        new(new DatasetColumn(name, columnType, Text(fr, en), values ?? [], personalData), read);

    private IEnumerable<ContentColumn> PerCulture(string column, ColumnType columnType, LocalizedText description,
        Func<PublishedContent, ContentRow, object?> read, bool personalData, IReadOnlyList<ChoiceOption>? values = null)
    {
        for (var i = 0; i < cultures.All.Count; i++)
        {
            var culture = cultures.All[i];
            var index = i;
            var inCulture = new LocalizedText();
            foreach (var (code, text) in description)
            {
                inCulture[code] = code == "fr" ? $"{text} ({Language(culture.Code, "fr")})" : $"{text} ({Language(culture.Code, "en")})";
            }

            yield return new ContentColumn(new DatasetColumn($"{column}_{culture.Code}", columnType, inCulture, values ?? [], personalData),
                row => row.In(index) is { } item ? read(item, row) : null);
        }
    }

    private static string Language(string culture, string reader) => (culture, reader) switch
    {
        ("fr", "fr") => "en français",
        ("en", "fr") => "en anglais",
        ("fr", _) => "in French",
        ("en", _) => "in English",
        _ => culture,
    };

    private static LocalizedText Describe(PropertyType property)
    {
        var text = new LocalizedText();
        foreach (var (culture, label) in property.Label)
        {
            var more = property.Description.GetValueOrDefault(culture);
            text[culture] = string.IsNullOrWhiteSpace(more) ? label : $"{label}. {more}";
        }

        return text;
    }

    private static ColumnType TypeOf(PropertyType property) => property.Editor switch
    {
        EditorKind.Integer => ColumnType.Integer,
        EditorKind.Decimal => ColumnType.Decimal,
        EditorKind.Boolean => ColumnType.Boolean,
        EditorKind.Date => ColumnType.Date,
        EditorKind.DateTime => ColumnType.DateTime,
        EditorKind.SingleChoice => ColumnType.Code,
        EditorKind.MultipleChoice or EditorKind.Tags => ColumnType.CodeList,
        EditorKind.ContentPicker or EditorKind.MediaPicker => property.Multiple ? ColumnType.UuidList : ColumnType.Uuid,
        EditorKind.Url => ColumnType.Url,
        EditorKind.Email => ColumnType.Email,
        EditorKind.Phone => ColumnType.Phone,
        // Rich text is left to the pages; a property that became rich text still downloads, as its HTML.
        EditorKind.Text or EditorKind.Textarea or EditorKind.RichText or EditorKind.Markdown => ColumnType.Text,
        _ => throw new InvalidOperationException($"'{property.Alias}' ({property.Editor}) has no column form: blocks and positions are not single cells."),
    };

    /// <summary>An unticked box is false, not unknown: the editors leave it empty to mean no.</summary>
    private static object? Normalize(ColumnType columnType, object? value) =>
        columnType == ColumnType.Boolean ? value is true : value;
}
