using System.Security.Cryptography;
using System.Text;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Search;

/// <summary>How a facet's values are read: the stored choices or tags, or a date bucketed against today.</summary>
public enum FacetKind
{
    Values,
    Date,
}

/// <summary>A facet dimension: a property alias that some document type marks <c>"facet": true</c>.</summary>
public sealed record FacetDefinition(string Alias, FacetKind Kind);

/// <summary>
/// What the indexes hold, read from the document-type files: searchable properties go into the text,
/// facet properties into facets, the first geo point into the position. The fingerprint changes when
/// any of that does, and an index built under another fingerprint is rebuilt at start.
/// </summary>
public sealed class IndexSchema
{
    /// <summary>Bump when the analysis chain or the document layout changes in code.</summary>
    private const int LayoutVersion = 2;

    /// <summary>Date facet buckets: from today on, before today, and no date at all (an actor without a label).</summary>
    public const string Upcoming = "upcoming";
    public const string Past = "past";
    public const string Undated = "none";

    public IndexSchema(ContentModel model)
    {
        Cultures = model.Cultures.Codes;
        var facets = new Dictionary<string, FacetDefinition>(StringComparer.Ordinal)
        {
            [IndexFields.ContentTypeFacet] = new(IndexFields.ContentTypeFacet, FacetKind.Values),
        };
        var description = new StringBuilder($"layout {LayoutVersion}; cultures {string.Join(',', Cultures)}\n");
        foreach (var type in model.Types.Values.Where(t => !t.IsElement).OrderBy(t => t.Alias, StringComparer.Ordinal))
        {
            description.Append(type.Alias).Append(':');
            foreach (var p in type.Properties)
            {
                if (p.Searchable)
                {
                    description.Append(" s:").Append(p.Alias);
                }

                if (p.Facet)
                {
                    var kind = p.Editor is EditorKind.Date or EditorKind.DateTime ? FacetKind.Date : FacetKind.Values;
                    facets.TryAdd(p.Alias, new FacetDefinition(p.Alias, kind));
                    description.Append(" f:").Append(p.Alias).Append('/').Append(kind);
                }
            }

            if (GeoProperty(type) is { } geo)
            {
                description.Append(" g:").Append(geo.Alias);
            }

            description.Append('\n');
        }

        Facets = facets;
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(description.ToString())))[..16];
    }

    public IReadOnlyList<string> Cultures { get; }

    public IReadOnlyDictionary<string, FacetDefinition> Facets { get; }

    public string Fingerprint { get; }

    /// <summary>The bucket a date falls in against <paramref name="today"/>, as the date facets count it.</summary>
    public static string DateBucket(DateOnly? date, DateOnly today) =>
        date is not { } day ? Undated : day >= today ? Upcoming : Past;

    public static PropertyType? GeoProperty(DocumentType type) => type.Properties.FirstOrDefault(p => p.Editor == EditorKind.GeoPoint);
}
