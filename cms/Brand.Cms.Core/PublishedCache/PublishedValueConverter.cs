using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Turns stored JSON values into typed CLR values once, when a node enters the cache, so readers never
/// parse: string, long, decimal, bool, DateOnly, DateTimeOffset, string[], Guid, Guid[], GeoPoint,
/// IReadOnlyList&lt;PublishedElement&gt;.
/// </summary>
internal sealed class PublishedValueConverter(ContentModel model)
{
    public object? Convert(PropertyType p, JsonNode? value, string culture)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return p.Editor switch
            {
                EditorKind.Integer => value.GetValue<long>(),
                EditorKind.Decimal => value.GetValue<decimal>(),
                EditorKind.Boolean => value.GetValue<bool>(),
                EditorKind.Date => DateOnly.ParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                EditorKind.DateTime => DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                EditorKind.SingleChoice => string.Intern(value.GetValue<string>()),
                EditorKind.MultipleChoice or EditorKind.Tags => value.AsArray().Select(i => string.Intern(i!.GetValue<string>())).ToArray(),
                EditorKind.MediaPicker or EditorKind.ContentPicker when p.Multiple => value.AsArray().Select(i => Guid.Parse(i!.GetValue<string>())).ToArray(),
                EditorKind.MediaPicker or EditorKind.ContentPicker => Guid.Parse(value.GetValue<string>()),
                EditorKind.GeoPoint => new GeoPoint(value["lat"]!.GetValue<double>(), value["lon"]!.GetValue<double>()),
                EditorKind.BlockList => Blocks(p, value.AsArray(), culture),
                _ => value.GetValue<string>(),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException or NullReferenceException)
        {
            // A value stored under an older definition of the property: keep the page up, drop the value.
            return null;
        }
    }

    private List<PublishedElement> Blocks(PropertyType list, JsonArray blocks, string culture)
    {
        var result = new List<PublishedElement>(blocks.Count);
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (model.Type(block["type"]?.GetValue<string>() ?? "") is not { } element)
            {
                continue;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (alias, raw) in block["values"] as JsonObject ?? [])
            {
                if (element.Property(alias) is { } property)
                {
                    var forCulture = property.VariesByCulture && !list.VariesByCulture ? (raw as JsonObject)?[culture] : raw;
                    values[alias] = Convert(property, forCulture, culture);
                }
            }

            result.Add(new PublishedElement(Guid.TryParse(block["key"]?.GetValue<string>(), out var key) ? key : Guid.Empty, element.Alias, values));
        }

        return result;
    }
}
