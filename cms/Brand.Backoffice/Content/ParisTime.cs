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

    /// <summary>A stored UTC value as the input shows it; anything else (a mistyped value) as it is.</summary>
    public static string StoredToLocal(string stored) =>
        stored.EndsWith('Z') && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? ToLocal(instant)
            : stored;

    public static string Display(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), ParisCalendar.Zone)
            .ToString("dd/MM/yyyy 'à' HH'h'mm", CultureInfo.InvariantCulture);
}
