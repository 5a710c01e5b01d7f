using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Brand.Cms.Core.Content;

/// <summary>
/// The editable state of a node: names, URL segments and property values, per culture.
/// Values are keyed by property alias, then by culture ("" for an invariant value).
/// Stored as JSON in drafts, versions and the published copy, so a type change never loses a value:
/// a value whose property disappeared stays here and is reported as orphaned.
/// </summary>
public sealed class DocumentData
{
    public const string Invariant = "";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Dictionary<string, string> Names { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Segments { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, Dictionary<string, JsonNode?>> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Only on a published copy: when each culture was (last) published.</summary>
    public Dictionary<string, DateTime>? PublishDates { get; set; }

    public JsonNode? Get(string alias, string culture) =>
        Values.TryGetValue(alias, out var byCulture) && byCulture.TryGetValue(culture, out var value) ? value : null;

    public void Set(string alias, string culture, JsonNode? value)
    {
        if (!Values.TryGetValue(alias, out var byCulture))
        {
            byCulture = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            Values[alias] = byCulture;
        }

        if (value is null)
        {
            byCulture.Remove(culture);
            if (byCulture.Count == 0)
            {
                Values.Remove(alias);
            }
        }
        else
        {
            byCulture[culture] = value;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static DocumentData FromJson(string json) =>
        JsonSerializer.Deserialize<DocumentData>(json, JsonOptions) ?? new DocumentData();

    public DocumentData Clone() => FromJson(ToJson());
}
