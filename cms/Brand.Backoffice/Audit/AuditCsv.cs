using System.Globalization;
using CsvHelper;

namespace Brand.Backoffice.Audit;

/// <summary>
/// The audit log as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise reads it as
/// Windows-1252), comma-separated, times in ISO 8601 UTC. A cell starting with = + - @ (or tab, CR) gets a
/// leading quote, so a spreadsheet shows it as text instead of running it: actors, targets and details come
/// from what people typed, a failed sign-in's e-mail included. Rows are written as the query yields them and
/// sent every 64 KiB: the export never holds the log in memory.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Columns = ["id", "at_utc", "user_id", "actor", "action", "target", "outcome", "detail", "before", "after", "ip_address"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        Quoting = CsvQuoting.WhenNeeded,
    };

    public static async Task WriteAsync(IAsyncEnumerable<AuditEntry> entries, Stream destination, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                entry.Id.ToString(CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(entry.At, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                entry.UserId, entry.Actor, entry.Action, entry.Target, entry.Outcome,
                entry.Detail ?? "", entry.Before ?? "", entry.After ?? "", entry.IpAddress ?? "",
            ], ct);
        }

        await csv.FlushAsync(ct);
    }
}
