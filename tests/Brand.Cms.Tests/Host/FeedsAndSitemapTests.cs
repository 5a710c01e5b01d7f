using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.Host;

/// <summary>Sitemap, robots, the news feed and the calendars, read as their consumers read them.</summary>
public sealed class FeedsAndSitemapTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();
    private SiteServer _site = null!;

    public Task InitializeAsync()
    {
        _site = new SiteServer(_database, new FakeTimeProvider(_today));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Sitemap_ListsEveryPublicPageInBothCulturesWithAlternates()
    {
        var xml = XDocument.Parse(await _site.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var locations = xml.Descendants(sm + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        var snapshot = _site.Get<PublishedContentCache>().Current;
        var expected = new[] { "fr", "en" }.SelectMany(c => snapshot.SiteRoot(c)!.Descendants.Prepend(snapshot.SiteRoot(c)!))
            .Where(p => p.Type.HasTemplate && !p.Value<bool>("noIndex")).Select(p => p.Url!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, locations.Order(StringComparer.Ordinal));
        var home = xml.Descendants(sm + "url").First(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath == "/fr");
        Assert.Equal(["fr", "en"], home.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
    }

    [Fact]
    public async Task Robots_PointsToTheSitemapAndKeepsCrawlersOutOfTheBackoffice()
    {
        var robots = await _site.Http.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains($"Sitemap: {_site.Http.BaseAddress}sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /backoffice", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsFeed_IsValidRssWithTheNewestArticlesFirst()
    {
        await using var stream = await _site.Http.GetStreamAsync(new Uri("/feeds/news.xml?lang=en", UriKind.Relative));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = true });
        var feed = SyndicationFeed.Load(reader);

        var items = feed.Items.ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.StartsWith(_site.Http.BaseAddress + "en/news/", i.Links[0].Uri.ToString(), StringComparison.Ordinal));
        Assert.Equal(items.Select(i => i.PublishDate).OrderDescending(), items.Select(i => i.PublishDate));
    }

    [Fact]
    public async Task EventsCalendar_HoldsOnlyUpcomingEvents()
    {
        var ics = await _site.Http.GetStringAsync(new Uri("/feeds/events.ics", UriKind.Relative));

        var events = FeedsOf(_site.Get<PublishedContentCache>().Current);
        var upcoming = events.Where(e => e.Value<DateTimeOffset>("startDate") >= _today).ToList();
        var past = events.Where(e => (e.Value<DateTimeOffset?>("endDate") ?? e.Value<DateTimeOffset>("startDate")) < _today).ToList();
        Assert.NotEmpty(upcoming);
        Assert.NotEmpty(past);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.All(upcoming, e => Assert.Contains($"UID:{e.Key}@", ics, StringComparison.Ordinal));
        Assert.All(past, e => Assert.DoesNotContain($"UID:{e.Key}@", ics, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventIcs_DownloadsThatEventAsAnAttachment()
    {
        var item = FeedsOf(_site.Get<PublishedContentCache>().Current).First();

        var response = await _site.Http.GetAsync(new Uri(item.Url + ".ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length);
        Assert.Contains($"UID:{item.Key}@", ics, StringComparison.Ordinal);
    }

    private static List<PublishedContent> FeedsOf(PublishedSnapshot snapshot) =>
        snapshot.SiteRoot("fr")!.Descendants.Where(d => d.ContentType == "event").ToList();
}
