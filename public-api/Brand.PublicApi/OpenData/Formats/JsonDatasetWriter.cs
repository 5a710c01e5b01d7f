using System.Text.Encodings.Web;
using System.Text.Json;
using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.OpenData.Datasets;

namespace Brand.PublicApi.OpenData.Formats;

/// <summary>What the JSON download says about itself before its items.</summary>
public sealed record DatasetHeader(string Id, LocalizedText Title, LocalizedText Attribution, DateTimeOffset? Modified, int Count);

/// <summary>
/// The JSON download: the dataset's id, title, licence, attribution, last update and item count, then "items",
/// one object per row keyed by the CSV's column names, with arrays for lists, numbers, booleans and null.
/// Items are sent as they are written; the document is never held whole.
/// </summary>
public static class JsonDatasetWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    // French text stays readable UTF-8 instead of \u00e9 escapes; this JSON is served as JSON, never inlined in HTML.
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Bytes held before they are sent: a few TCP windows, far below any dataset.</summary>
    private const int SendThreshold = 64 * 1024;

    /// <param name="baseUrl">Written before every <see cref="SitePath"/>: "https://example.org".</param>
    public static async Task WriteAsync(DatasetHeader header, IReadOnlyList<DatasetColumn> columns, IEnumerable<object?[]> rows,
        string baseUrl, Stream destination, CancellationToken ct)
    {
        var names = columns.Select(c => JsonEncodedText.Encode(c.Name, _options.Encoder)).ToArray();
        await using var json = new Utf8JsonWriter(destination, _options);
        json.WriteStartObject();
        json.WriteString("dataset", header.Id);
        WriteCultures(json, "title", header.Title);
        json.WriteStartObject("license");
        json.WriteString("name", OpenLicence.Name);
        json.WriteString("url", OpenLicence.Url);
        json.WriteEndObject();
        WriteCultures(json, "attribution", header.Attribution);
        json.WritePropertyName("modified");
        CellFormat.Json(json, header.Modified, "");
        json.WriteNumber("count", header.Count);
        json.WriteStartArray("items");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                CellFormat.Json(json, row[i], baseUrl);
            }

            json.WriteEndObject();
            if (json.BytesPending >= SendThreshold)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteCultures(Utf8JsonWriter json, string name, LocalizedText text)
    {
        json.WriteStartObject(name);
        foreach (var (culture, value) in text)
        {
            json.WriteString(culture, value);
        }

        json.WriteEndObject();
    }
}
