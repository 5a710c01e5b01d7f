using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>The orderings every list of the site uses, so the home page and the folders agree.</summary>
public static class Listings
{
    /// <summary>The first child of the home page of a type ("newsFolder"…), where its items live.</summary>
    public static PublishedContent? Folder(PublishedContent? home, string contentType) =>
        home?.Children.FirstOrDefault(c => c.ContentType == contentType);

    public static IEnumerable<PublishedContent> OfType(PublishedContent? folder, string contentType) =>
        folder?.Children.Where(c => c.ContentType == contentType && c.Url is not null) ?? [];

    /// <summary>Newest first by the editor's publication date, else by the first publish.</summary>
    public static IEnumerable<PublishedContent> NewestFirst(IEnumerable<PublishedContent> items) =>
        items.OrderByDescending(i => i.Value<DateOnly?>("publishedOn") ?? DateOnly.FromDateTime(i.PublishDate)).ThenBy(i => i.SortOrder);

    /// <summary>An event stays upcoming until it ends (or starts, when it has no end).</summary>
    public static bool IsUpcoming(PublishedContent ev, DateTimeOffset now) =>
        (ev.Value<DateTimeOffset?>("endDate") ?? ev.Value<DateTimeOffset?>("startDate")) is not { } end || end >= now;

    public static IEnumerable<PublishedContent> Upcoming(IEnumerable<PublishedContent> events, DateTimeOffset now) =>
        events.Where(e => IsUpcoming(e, now)).OrderBy(e => e.Value<DateTimeOffset?>("startDate") ?? DateTimeOffset.MaxValue);

    public static IEnumerable<PublishedContent> Past(IEnumerable<PublishedContent> events, DateTimeOffset now) =>
        events.Where(e => !IsUpcoming(e, now)).OrderByDescending(e => e.Value<DateTimeOffset?>("startDate"));
}

/// <summary>A home-page teaser of a folder (Shared/_HomeSection): a few cards and a link to the whole list.</summary>
public sealed record HomeSection(PublishedContent? Folder, string Title, string AllLabel, IReadOnlyList<CardModel> Cards);
