using System.Net;
using System.Text.Json;
using Brand.Cms.Core.PublishedCache;
using CsvHelper;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>Downloads and reads the open-data files as a reuser would: CSV with CsvHelper, JSON with System.Text.Json.</summary>
public static class OpenDataFiles
{
    public static readonly string[] Datasets = ["actors", "events", "success-stories", "aid-schemes", "resources", "indicators", "self-diagnostic-indicators", "network-statistics"];

    /// <summary>A CSV file: its header and its rows, each a column-name → text map.</summary>
    public sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, byte[] Bytes);

    public static async Task<CsvFile> CsvAsync(HttpClient http, string dataset)
    {
        using var response = await http.GetAsync(new Uri($"/open-data/{dataset}.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ParseCsv(await response.Content.ReadAsByteArrayAsync());
    }

    public static CsvFile ParseCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        string[] header = [];
        while (reader.Read())
        {
            header = [.. reader.Headers];
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[header[i]] = reader.GetString(i) ?? "";
            }

            rows.Add(row);
        }

        if (header.Length == 0)
        {
            header = [.. reader.Headers];
        }

        return new CsvFile(header, rows, bytes);
    }

    public static async Task<JsonDocument> JsonAsync(HttpClient http, string dataset)
    {
        using var response = await http.GetAsync(new Uri($"/open-data/{dataset}.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A JSON value as the CSV writes it: lists joined with |, booleans true/false, null as empty.</summary>
    public static string AsCsvText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(AsCsvText)),
        _ => throw new InvalidOperationException($"unexpected {value.ValueKind} in a dataset item"),
    };

    /// <summary>Every public item of a type under the home pages, once (the seed publishes everything in both cultures).</summary>
    public static List<PublishedContent> Public(PublishedSnapshot snapshot, string contentType) =>
    [
        .. snapshot.Cultures.Codes
            .SelectMany(c => snapshot.SiteRoot(c)?.Descendants ?? [])
            .Where(d => d.ContentType == contentType)
            .DistinctBy(d => d.Id),
    ];

    public static string Row(this CsvFile file, Guid key, string column) =>
        file.Rows.Single(r => r["id"] == key.ToString("D"))[column];
}
