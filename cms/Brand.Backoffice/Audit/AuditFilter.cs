using System.Globalization;
using Brand.Cms.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Brand.Backoffice.Audit;

/// <summary>
/// The audit log's filters, read from and written to the query string so a filtered view can be bookmarked,
/// shared and exported as it is: free text over actor, target and detail; action; outcome; user; a range of
/// days in Paris time (both days included).
/// </summary>
public sealed record AuditFilter(string? Text, string? Action, string? Outcome, string? UserId, DateOnly? From, DateOnly? To)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static AuditFilter Parse(IQueryCollection query)
    {
        static string? Value(IQueryCollection q, string key) => q[key].ToString().Trim() is { Length: > 0 } v ? v : null;
        static DateOnly? Day(IQueryCollection q, string key) =>
            DateOnly.TryParseExact(Value(q, key), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new AuditFilter(Value(query, "q"), Value(query, "action"), Value(query, "outcome"), Value(query, "user"), Day(query, "from"), Day(query, "to"));
    }

    public bool IsEmpty => this == new AuditFilter(null, null, null, null, null, null);

    /// <summary>Only the entries that match every filter given.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (Text is { } text)
        {
            // lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            var needle = text.ToLowerInvariant();
#pragma warning disable CA1862 // translated to SQL: Contains with a StringComparison has no translation
            entries = entries.Where(a => a.Actor.ToLower().Contains(needle) || a.Target.ToLower().Contains(needle)
                || (a.Detail != null && a.Detail.ToLower().Contains(needle)));
#pragma warning restore CA1862
        }

        if (Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (Outcome is { } outcome)
        {
            entries = entries.Where(a => a.Outcome == outcome);
        }

        if (UserId is { } user)
        {
            entries = entries.Where(a => a.UserId == user);
        }

        if (From is { } from)
        {
            var start = StartOfParisDay(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = StartOfParisDay(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    /// <summary>The UTC instant at which <paramref name="day"/> begins in Paris (23:00 or 22:00 UTC the day before).</summary>
    public static DateTime StartOfParisDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ParisCalendar.Zone);

    /// <summary>The query string of these filters, with extra pairs (a page cursor), for links.</summary>
    public string ToQueryString(params (string Key, string? Value)[] extra)
    {
        var pairs = new (string Key, string? Value)[]
        {
            ("q", Text), ("action", Action), ("outcome", Outcome), ("user", UserId),
            ("from", From?.ToString(DateFormat, CultureInfo.InvariantCulture)), ("to", To?.ToString(DateFormat, CultureInfo.InvariantCulture)),
        }.Concat(extra).Where(p => !string.IsNullOrEmpty(p.Value));
        return QueryString.Create(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value))).ToString();
    }
}
