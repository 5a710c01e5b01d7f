namespace Brand.Cms.Core;

/// <summary>
/// "Today" for the programme is the date in Paris, as on the site: a label expires, an event becomes past and an
/// aid scheme closes at midnight Paris time, whatever the server's zone.
/// </summary>
public static class ParisCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
