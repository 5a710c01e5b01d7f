using System.Globalization;
using System.Text.RegularExpressions;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>Just enough RFC 5545 reading to check the site's calendar files: unfolding, unescaping, VEVENTs.</summary>
public static partial class ICalendar
{
    /// <summary>The content with folded lines joined and TEXT escapes undone, for "does it mention X" checks.</summary>
    public static string Unfold(string ics) => Unescape(FoldedLine().Replace(ics, ""));

    /// <summary>
    /// Each VEVENT as its properties: name (upper case, parameters dropped) → (parameters, unescaped value).
    /// A property that appears twice keeps its first value.
    /// </summary>
    public static List<Dictionary<string, (string Parameters, string Value)>> Events(string ics)
    {
        var events = new List<Dictionary<string, (string, string)>>();
        Dictionary<string, (string, string)>? current = null;
        foreach (var line in FoldedLine().Replace(ics, "").Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line == "BEGIN:VEVENT")
            {
                current = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                events.Add(current);
                current = null;
            }
            else if (current is not null && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                var head = line[..colon];
                var semicolon = head.IndexOf(';', StringComparison.Ordinal);
                var name = (semicolon < 0 ? head : head[..semicolon]).ToUpperInvariant();
                current.TryAdd(name, (semicolon < 0 ? "" : head[(semicolon + 1)..], Unescape(line[(colon + 1)..])));
            }
        }

        return events;
    }

    /// <summary>A DTSTART/DTEND value as an instant: UTC ("…Z"), or local time in its TZID, or floating (taken as UTC).</summary>
    public static DateTimeOffset Instant((string Parameters, string Value) property)
    {
        var value = property.Value.Trim();
        var local = DateTime.ParseExact(value.TrimEnd('Z'), value.Contains('T', StringComparison.Ordinal) ? "yyyyMMdd'T'HHmmss" : "yyyyMMdd",
            CultureInfo.InvariantCulture, DateTimeStyles.None);
        if (value.EndsWith('Z'))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }

        var tzid = property.Parameters.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "TZID")?[1].Trim('"');
        var zone = tzid is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(tzid);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Unescape(string text) => Escape().Replace(text, m => m.Value[1] is 'n' or 'N' ? "\n" : m.Value[1..]);

    [GeneratedRegex("\r?\n[ \t]")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"\\[\\;,nN]")]
    private static partial Regex Escape();
}
