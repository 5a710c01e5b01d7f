using Brand.Cms.Core.PublishedCache;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Brand.Cms.Feeds;

/// <summary>Events as iCalendar (RFC 5545), for "add to my calendar" and the subscribable feed.</summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Serialize(IEnumerable<PublishedContent> events, string baseUrl)
    {
        var calendar = new Calendar { ProductId = "-//Croissance Connectee//Evenements//FR" };
        calendar.AddProperty("X-WR-CALNAME", "Croissance Connectée");
        foreach (var item in events)
        {
            calendar.Events.Add(ToEvent(item, baseUrl));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(PublishedContent item, string baseUrl)
    {
        var start = item.Value<DateTimeOffset>("startDate");
        var end = item.Value<DateTimeOffset?>("endDate") is { } e && e > start ? e : start.AddHours(2);
        var place = string.Join(", ", new[] { item.Value<string>("venueName"), item.Value<string>("address"), item.Value<string>("postcode"), item.Value<string>("city") }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        var online = item.Value<string>("eventMode") == "online";
        return new CalendarEvent
        {
            // Stable across cultures and exports: a calendar updates the event instead of duplicating it.
            Uid = $"{item.Key}@croissance-connectee",
            Summary = item.Name,
            Description = item.Value<string>("summary"),
            DtStart = new CalDateTime(start.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(end.UtcDateTime, "UTC"),
            Location = online ? item.Value<string>("registrationUrl") ?? "En ligne / Online" : place,
            Url = item.Url is { } url ? new Uri(baseUrl + url) : null,
            DtStamp = new CalDateTime(item.UpdateDate, "UTC"),
        };
    }
}
