using System.Globalization;
using System.Text.Json;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Turns stored JSON values into typed CLR values once, when a node enters the cache, so readers never
/// parse: string, long, decimal, bool, DateOnly, DateTimeOffset, string[], Guid, Guid[], GeoPoint,
/// IReadOnlyList&lt;PublishedElement&gt;. Reads JsonElements straight from the row's document: building a
/// JsonNode tree per value first cost more than half of a cold start.
/// </summary>
internal sealed class PublishedValueConverter(ContentModel model)
{
    public object? Convert(PropertyType p, JsonElement value, string culture)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return p.Editor switch
            {
                EditorKind.Integer => value.GetInt64(),
                EditorKind.Decimal => value.GetDecimal(),
                EditorKind.Boolean => value.GetBoolean(),
                EditorKind.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                EditorKind.DateTime => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                EditorKind.SingleChoice => string.Intern(value.GetString()!),
                EditorKind.MultipleChoice or EditorKind.Tags => value.EnumerateArray().Select(i => string.Intern(i.GetString()!)).ToArray(),
                EditorKind.MediaPicker or EditorKind.ContentPicker when p.Multiple => value.EnumerateArray().Select(i => Guid.Parse(i.GetString()!)).ToArray(),
                EditorKind.MediaPicker or EditorKind.ContentPicker => Guid.Parse(value.GetString()!),
                EditorKind.GeoPoint => new GeoPoint(value.GetProperty("lat").GetDouble(), value.GetProperty("lon").GetDouble()),
                EditorKind.BlockList => Blocks(p, value, culture),
                _ => value.GetString(),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentNullException)
        {
            // A value stored under an older definition of the property: keep the page up, drop the value.
            return null;
        }
    }

    private List<PublishedElement> Blocks(PropertyType list, JsonElement blocks, string culture)
    {
        var result = new List<PublishedElement>(blocks.GetArrayLength());
        foreach (var block in blocks.EnumerateArray())
        {
            if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("type", out var type)
                || model.Type(type.GetString() ?? "") is not { } element)
            {
                continue;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (block.TryGetProperty("values", out var raw) && raw.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in raw.EnumerateObject())
                {
                    if (element.Property(field.Name) is not { } property)
                    {
                        continue;
                    }

                    var forCulture = field.Value;
                    if (property.VariesByCulture && !list.VariesByCulture)
                    {
                        forCulture = field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty(culture, out var v) ? v : default;
                    }

                    values[field.Name] = Convert(property, forCulture, culture);
                }
            }

            var key = block.TryGetProperty("key", out var k) && Guid.TryParse(k.GetString(), out var parsed) ? parsed : Guid.Empty;
            result.Add(new PublishedElement(key, element.Alias, values));
        }

        return result;
    }
}
