using System.Net;
using System.Xml.Linq;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>Calendar files and the sitemap's links, over real HTTP (feed formats: Host/FeedsAndSitemapTests).</summary>
[Collection(EndToEndSuite.Name)]
public sealed class SiteFeedTests(SiteBrowserFixture site)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task EventIcs_OfAnUpcomingEvent_IsOneVEventWithItsTitleAndStart(string culture)
    {
        var upcoming = await site.UpcomingEventAsync(culture);

        var response = await GetAsync(upcoming.Url + ".ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR", ics.TrimEnd(), StringComparison.Ordinal);
        var single = Assert.Single(ICalendar.Events(ics));
        Assert.Equal(upcoming.Name, single["SUMMARY"].Value);
        Assert.Equal(upcoming.Value<DateTimeOffset>("startDate"), ICalendar.Instant(single["DTSTART"]));
        Assert.True(single.ContainsKey("UID") && single.ContainsKey("DTSTAMP"), "A VEVENT needs UID and DTSTAMP (RFC 5545).");
    }

    [Fact]
    public async Task Ics_OfAPageThatIsNotAnEvent_Is404()
    {
        var response = await GetAsync(site.First("newsArticle", "fr").Url + ".ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Sitemap_ListsThePagesOfBothCultures_EachAnswering200()
    {
        var response = await GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "application/xml", "text/xml" });
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SitemapNs + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(SitemapNs + "url").Select(u => (string)u.Element(SitemapNs + "loc")!).ToList();
        Assert.All(locations, l => Assert.True(Uri.IsWellFormedUriString(l, UriKind.Absolute), $"<loc> must be absolute: {l}"));
        var paths = locations.Select(l => new Uri(l).AbsolutePath).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        foreach (var culture in PageKinds.Cultures)
        {
            Assert.Contains(site.Home(culture).Url!, paths);
            Assert.Contains(site.First("event", culture).Url!, paths);
            Assert.Contains(site.First("labelledActor", culture).Url!, paths);
        }

        foreach (var path in paths)
        {
            var page = await GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} is in the sitemap but answers {(int)page.StatusCode}.");
        }
    }

    private Task<HttpResponseMessage> GetAsync(string path) => site.Http.GetAsync(new Uri(path, UriKind.Relative));
}
