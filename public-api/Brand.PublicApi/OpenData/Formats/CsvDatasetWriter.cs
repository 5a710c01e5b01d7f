using Brand.PublicApi.OpenData.Datasets;
using CsvHelper;

namespace Brand.PublicApi.OpenData.Formats;

/// <summary>
/// RFC 4180 CSV: UTF-8 without a byte-order mark (what data.gouv.fr and most tools expect; Excel users import it
/// as UTF-8), comma separator, CRLF line ends, a header row of the column names. CsvHelper holds one 64 KiB
/// buffer and sends it asynchronously when it is mostly full, so the file streams as the walk produces rows and
/// is never held whole. Cells are not altered against spreadsheet formula injection: a phone number starts with
/// "+", and open data is the data as published.
/// </summary>
public static class CsvDatasetWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions _options = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = false,
        Injection = CsvInjection.None,
        Quoting = CsvQuoting.WhenNeeded,
    };

    /// <param name="baseUrl">Written before every <see cref="SitePath"/>: "https://example.org".</param>
    public static async Task WriteAsync(IReadOnlyList<DatasetColumn> columns, IEnumerable<object?[]> rows, string baseUrl, Stream destination,
        CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, _options, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(ct);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(CellFormat.Csv(cell, baseUrl));
            }

            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }
}
