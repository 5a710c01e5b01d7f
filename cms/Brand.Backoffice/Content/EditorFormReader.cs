using System.Globalization;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Http;

namespace Brand.Backoffice.Content;

/// <summary>
/// Turns a posted editor form into the draft it asks for: the base draft with the edited culture (and, when
/// the form carries them, the shared values) replaced by what was typed; without the shared values, a shared
/// block list takes only the edited culture's text of its blocks. A value that does not parse is
/// kept as typed text, so the engine's validation names it and the form shows it back unchanged.
/// </summary>
public sealed class EditorFormReader(ContentModel model)
{
    public DocumentData Read(DocumentType type, IFormCollection form, DocumentData baseDraft, string culture, bool shared)
    {
        var data = baseDraft.Clone();
        SetOrRemove(data.Names, culture, form[EditorFields.Name(culture)].ToString());
        SetOrRemove(data.Segments, culture, form[EditorFields.Segment(culture)].ToString());
        foreach (var property in type.Properties)
        {
            var valueCulture = property.VariesByCulture ? culture : DocumentData.Invariant;
            if (property.VariesByCulture || shared)
            {
                var value = ReadValue(property, form, EditorFields.Value(property, culture), culture);
                data.Set(property.Alias, valueCulture, KeepOrder(baseDraft.Get(property.Alias, valueCulture), value));
            }
            else if (property.Editor == EditorKind.BlockList)
            {
                data.Set(property.Alias, valueCulture, TranslatedBlocks(form, EditorFields.Value(property, culture), baseDraft.Get(property.Alias, valueCulture), culture));
            }
        }

        return data;
    }

    /// <summary>
    /// A shared list in a form without the shared values (a Translator's): the stored list, with only the edited
    /// culture's values of its blocks taken from the form, each block found by its key. Blocks, order, types
    /// and shared values cannot change this way; a block the form does not name keeps its stored text.
    /// </summary>
    private JsonNode? TranslatedBlocks(IFormCollection form, string field, JsonNode? stored, string culture)
    {
        if (stored is not JsonArray blocks)
        {
            return stored?.DeepClone();
        }

        var copy = (JsonArray)blocks.DeepClone();
        var byKey = copy.OfType<JsonObject>().Where(b => b["key"] is not null).GroupBy(b => b["key"]!.ToString()).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < 500 && form.ContainsKey(EditorFields.BlockKey(field, i)); i++)
        {
            if (!byKey.TryGetValue(form[EditorFields.BlockKey(field, i)].ToString(), out var block)
                || model.Type(block["type"]?.ToString() ?? "") is not { IsElement: true } element)
            {
                continue;
            }

            if (block["values"] is not JsonObject values)
            {
                block["values"] = values = [];
            }

            foreach (var property in element.Properties.Where(p => p.VariesByCulture))
            {
                var value = ReadValue(property, form, EditorFields.BlockValue(field, i, property.Alias, culture), culture);
                var perCulture = values[property.Alias] as JsonObject ?? [];
                perCulture.Remove(culture);
                if (value is not null)
                {
                    perCulture[culture] = value;
                }

                if (perCulture.Count == 0)
                {
                    values.Remove(property.Alias);
                }
                else if (perCulture.Parent is null)
                {
                    values[property.Alias] = perCulture;
                }
            }
        }

        return copy;
    }

    /// <summary>Ticked boxes come in the options' order: the items already chosen keep the order they were stored in.</summary>
    private static JsonNode? KeepOrder(JsonNode? stored, JsonNode? typed)
    {
        if (stored is not JsonArray before || typed is not JsonArray after)
        {
            return typed;
        }

        var order = before.Select(i => i?.ToJsonString()).ToList();
        var sorted = after.Select(i => i?.DeepClone()).OrderBy(i => order.IndexOf(i?.ToJsonString()) is var at && at < 0 ? int.MaxValue : at).ToArray();
        return new JsonArray(sorted);
    }

    private static void SetOrRemove(Dictionary<string, string> map, string culture, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            map.Remove(culture);
        }
        else
        {
            map[culture] = value.Trim();
        }
    }

    public JsonNode? ReadValue(PropertyType p, IFormCollection form, string field, string culture)
    {
        string Text() => form[field].ToString();
        switch (p.Editor)
        {
            case EditorKind.Integer or EditorKind.Decimal:
                return Number(Text());
            case EditorKind.Boolean:
                return JsonValue.Create(form[field].Contains("true"));
            case EditorKind.DateTime:
                var typed = Text().Trim();
                return typed.Length == 0 ? null
                    : JsonValue.Create(ParisTime.FromLocal(typed) is { } instant ? instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : typed);
            case EditorKind.MultipleChoice:
                return Array(form[field].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!));
            case EditorKind.Tags:
                return Array(Text().Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            case EditorKind.MediaPicker or EditorKind.ContentPicker:
                var keys = form[field].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().ToList();
                return p.Multiple ? Array(keys) : keys.Count == 0 ? null : JsonValue.Create(keys[0]);
            case EditorKind.GeoPoint:
                var lat = form[EditorFields.Latitude(field)].ToString();
                var lon = form[EditorFields.Longitude(field)].ToString();
                return lat.Trim().Length == 0 && lon.Trim().Length == 0 ? null : new JsonObject { ["lat"] = Number(lat), ["lon"] = Number(lon) };
            case EditorKind.BlockList:
                return Blocks(p, form, field, culture);
            default:
                return Text().Length == 0 ? null : JsonValue.Create(Text().Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    private static JsonValue? Number(string text)
    {
        var typed = text.Trim();
        if (typed.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(typed.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            // Parsed from JSON text, the value reads as any numeric type (the geo point wants doubles, integers decimals).
            ? (JsonValue)JsonNode.Parse(number.ToString(CultureInfo.InvariantCulture))!
            : JsonValue.Create(typed);
    }

    private static JsonArray? Array(IEnumerable<string> items)
    {
        var array = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        return array.Count == 0 ? null : array;
    }

    private JsonArray? Blocks(PropertyType list, IFormCollection form, string field, string culture)
    {
        _ = int.TryParse(form[EditorFields.BlockCount(field)], NumberStyles.None, CultureInfo.InvariantCulture, out var count);
        var blocks = new JsonArray();
        for (var i = 0; i < Math.Min(count, 500); i++)
        {
            var alias = form[EditorFields.BlockType(field, i)].ToString();
            if (model.Type(alias) is not { IsElement: true } element)
            {
                continue;
            }

            var values = new JsonObject();
            foreach (var property in element.Properties)
            {
                JsonNode? value;
                if (property.VariesByCulture && !list.VariesByCulture)
                {
                    // A shared list holds every culture of a variant property: the edited one from its input, the others kept.
                    var perCulture = new JsonObject();
                    foreach (var c in model.Cultures.Codes)
                    {
                        var name = EditorFields.BlockValue(field, i, property.Alias, c);
                        var v = c == culture ? ReadValue(property, form, name, c) : Kept(form, name);
                        if (v is not null)
                        {
                            perCulture[c] = v;
                        }
                    }

                    value = perCulture.Count == 0 ? null : perCulture;
                }
                else
                {
                    value = ReadValue(property, form, EditorFields.BlockValue(field, i, property.Alias), culture);
                }

                if (value is not null)
                {
                    values[property.Alias] = value;
                }
            }

            var block = new JsonObject { ["type"] = alias, ["values"] = values };
            if (Guid.TryParse(form[EditorFields.BlockKey(field, i)], out var key))
            {
                block["key"] = key.ToString();
            }

            blocks.Add(block);
        }

        return blocks.Count == 0 ? null : blocks;
    }

    private static JsonNode? Kept(IFormCollection form, string field)
    {
        var json = form[EditorFields.Kept(field)].ToString();
        try
        {
            return json.Length == 0 ? null : JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
