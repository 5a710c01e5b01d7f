using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Checks one value against its editor and validation rules and returns it in its stored form
/// (UTC date-times, sanitized HTML, block keys assigned). Errors go to <paramref name="errors"/>.
/// </summary>
internal sealed partial class EditorValueNormalizer(RichTextSanitizer sanitizer, ContentModel model)
{
    [GeneratedRegex(@"^\+?[0-9][0-9 .()\-]{5,19}$")]
    private static partial Regex PhonePattern();

    public static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => true,
        JsonArray a => a.Count == 0,
        _ => false,
    };

    public JsonNode? Normalize(PropertyType p, JsonNode? value, string path, string? culture, List<PropertyError> errors)
    {
        if (IsEmpty(value))
        {
            return null;
        }

        void Fail(string code, string message) => errors.Add(new PropertyError(path, culture, code, message));

        switch (p.Editor)
        {
            case EditorKind.Text or EditorKind.Textarea or EditorKind.Markdown:
                return Text(p, value, Fail);
            case EditorKind.RichText:
                return Text(p, value, Fail) is { } html ? JsonValue.Create(sanitizer.Sanitize(html.GetValue<string>())) : null;
            case EditorKind.Url:
                return Text(p, value, Fail) is { } url && IsUrl(url.GetValue<string>()) ? url : FailWith(Fail, "format", "must be an absolute http(s) URL or a path starting with /");
            case EditorKind.Email:
                return Text(p, value, Fail) is { } mail && MailAddress.TryCreate(mail.GetValue<string>(), out var parsed) && parsed.Address == mail.GetValue<string>().Trim()
                    ? JsonValue.Create(parsed.Address) : FailWith(Fail, "format", "must be an e-mail address like name@example.org");
            case EditorKind.Phone:
                return Text(p, value, Fail) is { } phone && PhonePattern().IsMatch(phone.GetValue<string>()) ? phone : FailWith(Fail, "format", "must be a phone number (digits, spaces, dots, dashes, optional +)");
            case EditorKind.Integer:
                return Number(p, value, Fail, integral: true);
            case EditorKind.Decimal:
                return Number(p, value, Fail, integral: false);
            case EditorKind.Boolean:
                return value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? JsonValue.Create(b.GetValue<bool>()) : FailWith(Fail, "format", "must be true or false");
            case EditorKind.Date:
                return AsString(value) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : FailWith(Fail, "format", "must be a date as YYYY-MM-DD");
            case EditorKind.DateTime:
                return AsString(value) is { } dt && DateTimeOffset.TryParse(dt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                    ? JsonValue.Create(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) : FailWith(Fail, "format", "must be an ISO 8601 date and time, e.g. 2026-12-03T09:30:00+01:00");
            case EditorKind.SingleChoice:
                return AsString(value) is { } choice && p.Options.Any(o => o.Value == choice) ? JsonValue.Create(choice)
                    : FailWith(Fail, "option", $"must be one of: {string.Join(", ", p.Options.Select(o => o.Value))}");
            case EditorKind.MultipleChoice:
                return Strings(p, value, Fail, item => p.Options.Any(o => o.Value == item) ? null : $"'{item}' is not one of: {string.Join(", ", p.Options.Select(o => o.Value))}");
            case EditorKind.Tags:
                return Strings(p, value, Fail, item => p.Pattern is { } re && !re.IsMatch(item) ? $"'{item}': {PatternMessage(p)}" : null);
            case EditorKind.MediaPicker or EditorKind.ContentPicker:
                return Picker(p, value, Fail);
            case EditorKind.GeoPoint:
                return Geo(value, Fail);
            case EditorKind.BlockList:
                return Blocks(p, value, path, culture, errors, Fail);
            default:
                throw new InvalidOperationException($"No normalizer for editor {p.Editor}.");
        }
    }

    private static JsonNode? FailWith(Action<string, string> fail, string code, string message)
    {
        fail(code, message);
        return null;
    }

    private static string? AsString(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Trim() : null;

    private static string PatternMessage(PropertyType p) =>
        p.PatternMessage.Count > 0 ? p.PatternMessage.In("en") : $"must match {p.Pattern}";

    private static bool IsUrl(string s) =>
        s.StartsWith('/') && !s.StartsWith("//", StringComparison.Ordinal)
        || Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static JsonValue? Text(PropertyType p, JsonNode? value, Action<string, string> fail)
    {
        if (AsString(value) is not { } text)
        {
            fail("format", "must be text");
            return null;
        }

        if (p.MaxLength is { } max && text.Length > max)
        {
            fail("maxLength", $"must be at most {max} characters (it has {text.Length})");
            return null;
        }

        if (p.Pattern is { } re && !re.IsMatch(text))
        {
            fail("pattern", PatternMessage(p));
            return null;
        }

        return JsonValue.Create(text);
    }

    private static JsonValue? Number(PropertyType p, JsonNode? value, Action<string, string> fail, bool integral)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<decimal>(out var number))
        {
            fail("format", integral ? "must be a whole number" : "must be a number");
            return null;
        }

        if (integral && number != decimal.Truncate(number))
        {
            fail("format", "must be a whole number");
            return null;
        }

        if (p.Min is { } min && number < min || p.Max is { } max && number > max)
        {
            fail("range", $"must be between {p.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {p.Max?.ToString(CultureInfo.InvariantCulture) ?? "+∞"}");
            return null;
        }

        return integral ? JsonValue.Create((long)number) : JsonValue.Create(number);
    }

    private static bool CountOk(PropertyType p, int count, Action<string, string> fail)
    {
        if (p.Min is { } min && count < min || p.Max is { } max && count > max)
        {
            fail("count", $"must have between {p.Min ?? 0} and {p.Max?.ToString(CultureInfo.InvariantCulture) ?? "any number of"} items (it has {count})");
            return false;
        }

        return true;
    }

    private static JsonArray? Strings(PropertyType p, JsonNode? value, Action<string, string> fail, Func<string, string?> check)
    {
        if (value is not JsonArray array || array.Any(i => AsString(i) is null))
        {
            fail("format", "must be a list of texts");
            return null;
        }

        var items = array.Select(i => AsString(i)!).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var problems = items.Select(check).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            fail("option", string.Join("; ", problems));
            return null;
        }

        return CountOk(p, items.Count, fail) ? new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) : null;
    }

    private static JsonNode? Picker(PropertyType p, JsonNode? value, Action<string, string> fail)
    {
        static Guid? Key(JsonNode? node) => AsString(node) is { } s && Guid.TryParse(s, out var g) ? g : null;
        if (!p.Multiple)
        {
            return Key(value) is { } key ? JsonValue.Create(key.ToString()) : FailWith(fail, "format", "must be the key (GUID) of an item");
        }

        if (value is not JsonArray array || array.Any(i => Key(i) is null))
        {
            return FailWith(fail, "format", "must be a list of item keys (GUIDs)");
        }

        var keys = array.Select(i => Key(i)!.Value.ToString()).Distinct().ToList();
        return CountOk(p, keys.Count, fail) ? new JsonArray(keys.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()) : null;
    }

    private static JsonObject? Geo(JsonNode? value, Action<string, string> fail)
    {
        if (value is JsonObject o && o.Count == 2
            && o["lat"] is JsonValue lat && lat.TryGetValue<double>(out var la) && la is >= -90 and <= 90
            && o["lon"] is JsonValue lon && lon.TryGetValue<double>(out var lo) && lo is >= -180 and <= 180)
        {
            return new JsonObject { ["lat"] = la, ["lon"] = lo };
        }

        fail("format", "must be {\"lat\": -90..90, \"lon\": -180..180}");
        return null;
    }

    private JsonArray? Blocks(PropertyType p, JsonNode? value, string path, string? culture, List<PropertyError> errors, Action<string, string> fail)
    {
        if (value is not JsonArray array)
        {
            fail("format", "must be a list of blocks");
            return null;
        }

        var before = errors.Count;
        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (array[i] is not JsonObject block || AsString(block["type"]) is not { } alias || !p.ElementTypes.Contains(alias))
            {
                errors.Add(new PropertyError(at, culture, "blockType", $"each block needs a \"type\" among: {string.Join(", ", p.ElementTypes)}"));
                continue;
            }

            var element = model.RequiredType(alias);
            var key = AsString(block["key"]) is { } k && Guid.TryParse(k, out var g) ? g : Guid.NewGuid();
            var values = block["values"] as JsonObject ?? [];
            var normalized = new JsonObject();
            foreach (var (propertyAlias, raw) in values)
            {
                if (element.Property(propertyAlias) is not { } property)
                {
                    errors.Add(new PropertyError($"{at}.{propertyAlias}", culture, "unknownProperty", $"'{alias}' has no property '{propertyAlias}'"));
                    continue;
                }

                // Inside an invariant block list, an element's variant property holds one value per culture.
                if (property.VariesByCulture && !p.VariesByCulture)
                {
                    var perCulture = new JsonObject();
                    foreach (var (c, v) in raw as JsonObject ?? [])
                    {
                        if (!model.Cultures.Contains(c))
                        {
                            errors.Add(new PropertyError($"{at}.{propertyAlias}", c, "culture", $"'{c}' is not a configured culture"));
                        }
                        else if (Normalize(property, v?.DeepClone(), $"{at}.{propertyAlias}", c, errors) is { } n)
                        {
                            perCulture[c] = n;
                        }
                    }

                    if (raw is not JsonObject)
                    {
                        errors.Add(new PropertyError($"{at}.{propertyAlias}", culture, "format", "varies by culture: give {\"fr\": …, \"en\": …}"));
                    }
                    else if (perCulture.Count > 0)
                    {
                        normalized[propertyAlias] = perCulture;
                    }
                }
                else if (Normalize(property, raw?.DeepClone(), $"{at}.{propertyAlias}", culture, errors) is { } n)
                {
                    normalized[propertyAlias] = n;
                }
            }

            result.Add(new JsonObject { ["key"] = key.ToString(), ["type"] = alias, ["values"] = normalized });
        }

        return errors.Count == before && CountOk(p, result.Count, fail) ? result : null;
    }
}
