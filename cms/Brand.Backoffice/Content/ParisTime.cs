using System.Globalization;
using Brand.Cms.Core;

namespace Brand.Backoffice.Content;

/// <summary>The editor's date-times are typed and shown in Paris time (datetime-local); they are stored in UTC.</summary>
public static class ParisTime
{
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>"2026-12-03T09:30" in Paris → the instant, or null when not a date-time.</summary>
    public static DateTimeOffset? FromLocal(string? text)
    {
        if (!DateTime.TryParseExact(text?.Trim(), [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // A time skipped by the spring change does not exist in Paris: take the hour after.
        if (ParisCalendar.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, ParisCalendar.Zone.GetUtcOffset(local));
    }

    public static string ToLocal(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, ParisCalendar.Zone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// A stored value as the datetime-local input shows it: the engine stores "…Z", the editor's own re-display
    /// (after a refusal or a block operation) holds "…+01:00"; both become Paris time, or the browser would
    /// empty the input and the next save erase the date. Anything without an offset (a mistyped value) stays as it is.
    /// </summary>
    public static string StoredToLocal(string stored) =>
        HasOffset(stored) && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? ToLocal(instant)
            : stored;

    /// <summary>An ISO 8601 date-time ending in Z or ±hh:mm: the text carries its own instant.</summary>
    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.Ordinal);
        return time > 0 && (text.EndsWith('Z') || text.AsSpan(time).IndexOfAny('+', '-') > 0);
    }

    public static string Display(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), ParisCalendar.Zone)
            .ToString("dd/MM/yyyy 'à' HH'h'mm", CultureInfo.InvariantCulture);
}
