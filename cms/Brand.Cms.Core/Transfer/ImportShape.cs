using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Transfer;

/// <summary>Converts between the friendly value shape of import files and <see cref="DocumentData"/>.</summary>
internal static class ImportShape
{
    public static (DocumentData Data, List<PropertyError> Errors) ToData(DocumentType type, Dictionary<string, string> names,
        Dictionary<string, string>? segments, JsonObject? values, JsonObject? orphans)
    {
        var errors = new List<PropertyError>();
        var data = new DocumentData
        {
            Names = new Dictionary<string, string>(names, StringComparer.Ordinal),
            Segments = new Dictionary<string, string>(segments ?? [], StringComparer.Ordinal),
        };
        foreach (var (alias, value) in values ?? [])
        {
            if (type.Property(alias) is not { } property)
            {
                errors.Add(new PropertyError(alias, null, "unknownProperty", $"'{type.Alias}' has no property '{alias}'"));
            }
            else if (!property.VariesByCulture)
            {
                data.Set(alias, DocumentData.Invariant, value?.DeepClone());
            }
            else if (value is JsonObject perCulture)
            {
                foreach (var (culture, v) in perCulture)
                {
                    data.Set(alias, culture, v?.DeepClone());
                }
            }
            else
            {
                errors.Add(new PropertyError(alias, null, "format", "varies by culture: give {\"fr\": …, \"en\": …}"));
            }
        }

        foreach (var (alias, perCulture) in orphans ?? [])
        {
            foreach (var (culture, v) in perCulture as JsonObject ?? [])
            {
                data.Set(alias, culture, v?.DeepClone());
            }
        }

        return (data, errors);
    }

    public static JsonObject FromData(DocumentType type, DocumentData data)
    {
        var values = new JsonObject();
        foreach (var property in type.Properties)
        {
            if (!data.Values.TryGetValue(property.Alias, out var byCulture) || byCulture.Count == 0)
            {
                continue;
            }

            values[property.Alias] = property.VariesByCulture
                ? new JsonObject(byCulture.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())))
                : byCulture.GetValueOrDefault(DocumentData.Invariant)?.DeepClone();
        }

        return values;
    }

    public static JsonObject? Orphans(DocumentType type, DocumentData data)
    {
        var orphans = ContentValidator.Orphans(type, data).ToList();
        return orphans.Count == 0 ? null : new JsonObject(orphans.Select(alias => KeyValuePair.Create(alias,
            (JsonNode?)new JsonObject(data.Values[alias].Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone()))))));
    }
}
