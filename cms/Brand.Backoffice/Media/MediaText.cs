using System.Text.Encodings.Web;
using System.Text.Json;

namespace Brand.Backoffice.Media;

/// <summary>Alternative text per culture, stored as JSON {"fr": "…", "en": "…"} in <see cref="MediaItem.AltJson"/>.</summary>
public sealed record MediaAlt(string Fr, string En)
{
    public static MediaAlt Of(MediaItem item)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(item.AltJson) ?? [];
        return new MediaAlt(values.GetValueOrDefault("fr", ""), values.GetValueOrDefault("en", ""));
    }

    public string ToJson()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Fr.Length > 0)
        {
            values["fr"] = Fr;
        }

        if (En.Length > 0)
        {
            values["en"] = En;
        }

        return JsonSerializer.Serialize(values);
    }
}

/// <summary>The state of an item as the audit log records it before and after a change: name, alt, folder.</summary>
public static class MediaSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Readable accents in the audit log; the log is shown HTML-encoded and exported as CSV, never as script.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(MediaItem item, string folder)
    {
        var alt = MediaAlt.Of(item);
        return JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = item.Name,
            ["folder"] = folder,
            ["altFr"] = item.IsFolder ? null : alt.Fr,
            ["altEn"] = item.IsFolder ? null : alt.En,
            ["file"] = item.IsFolder ? null : MediaFileStore.FileName(item.Key, item.Extension ?? ""),
            ["type"] = item.ContentType,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value), Json);
    }
}
