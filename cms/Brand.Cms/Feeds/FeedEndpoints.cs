using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Site;

namespace Brand.Cms.Feeds;

/// <summary>/feeds/news.xml (RSS 2.0) and /feeds/events.ics (every upcoming event), both ?lang=fr|en, French by default.</summary>
public static class FeedEndpoints
{
    private const int NewsItems = 30;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feeds/news.xml", NewsAsync).CacheOutput(SiteExtensions.CachePolicy);
        endpoints.MapGet("/feeds/events.ics", Events).CacheOutput(SiteExtensions.CachePolicy);
        return endpoints;
    }

    /// <summary>Every public item of a type under the home page of a culture.</summary>
    public static IEnumerable<PublishedContent> OfType(PublishedSnapshot snapshot, string culture, string contentType) =>
        snapshot.SiteRoot(culture)?.Descendants.Where(d => d.ContentType == contentType) ?? [];

    private static async Task NewsAsync(HttpContext context, PublishedContentCache cache, CultureSet cultures, string? lang)
    {
        var culture = cultures.Contains(lang) ? lang! : cultures.Default.Code;
        var baseUrl = PublicBaseUrl.Of(context.Request);
        var news = OfType(cache.Current, culture, "newsArticle")
            .OrderByDescending(n => n.Value<DateOnly?>("publishedOn") ?? DateOnly.FromDateTime(n.PublishDate))
            .Take(NewsItems)
            .Select(n => new SyndicationItem(n.Name, n.Value<string>("summary"), new Uri(baseUrl + n.Url), n.Key.ToString(),
                (n.Value<DateOnly?>("publishedOn")?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? n.PublishDate))
            {
                PublishDate = n.Value<DateOnly?>("publishedOn")?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? n.PublishDate,
            });
        var feed = new SyndicationFeed(
            culture == "fr" ? "Croissance Connectée — actualités" : "Croissance Connectée — news",
            culture == "fr" ? "Les actualités du réseau Croissance Connectée" : "News from the Croissance Connectée network",
            new Uri($"{baseUrl}/{culture}"), news) { Language = culture };

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, Indent = true }))
        {
            new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body);
    }

    private static IResult Events(HttpContext context, PublishedContentCache cache, CultureSet cultures, TimeProvider clock, string? lang)
    {
        var culture = cultures.Contains(lang) ? lang! : cultures.Default.Code;
        var now = clock.GetUtcNow();
        var upcoming = OfType(cache.Current, culture, "event")
            .Where(e => (e.Value<DateTimeOffset?>("endDate") ?? e.Value<DateTimeOffset>("startDate")) >= now)
            .OrderBy(e => e.Value<DateTimeOffset>("startDate"));
        return Results.Text(EventCalendar.Serialize(upcoming, PublicBaseUrl.Of(context.Request)), EventCalendar.ContentType);
    }
}
