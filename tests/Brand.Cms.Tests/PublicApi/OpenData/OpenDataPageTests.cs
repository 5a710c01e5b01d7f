using System.Net;
using System.Xml.Linq;
using Brand.PublicApi.OpenData;
using Brand.PublicApi.OpenData.Datasets;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>The /open-data/ page: every dataset with its facts, downloads, licence and documented columns, in French and English.</summary>
[Collection(OpenDataSuite.Name)]
public sealed class OpenDataPageTests(OpenDataSite site)
{
    [Theory]
    [InlineData("/open-data/", "fr")]
    [InlineData("/open-data", "fr")]
    [InlineData("/open-data/?lang=en", "en")]
    public async Task Page_ListsEveryDatasetWithDownloadsLicenceAndColumns(string path, string culture)
    {
        using var response = await site.Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        // Written as well-formed markup: it parses as XML, which also proves every value was encoded.
        var page = XDocument.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(culture, page.Root!.Attribute("lang")?.Value);
        Assert.Single(page.Descendants("h1"));
        Assert.Contains(page.Descendants("link"), l => (string?)l.Attribute("href") == "/_content/Brand.SiteTheme/lib/dsfr/dsfr.min.css");
        Assert.Contains(page.Descendants("a"), a => (string?)a.Attribute("href") == OpenLicence.Url && a.Value == OpenLicence.Name);
        Assert.Contains(page.Descendants("a"), a => (string?)a.Attribute("href") == "/open-data/catalog.jsonld");
        foreach (var dataset in site.Site.Get<DatasetList>().All)
        {
            var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == dataset.Id);
            Assert.Equal(dataset.Title.In(culture), section.Element("h2")!.Value);
            Assert.Contains(dataset.Description.In(culture), section.Value, StringComparison.Ordinal);
            Assert.Contains("Croissance Connectée — ", section.Value, StringComparison.Ordinal);
            Assert.Single(section.Descendants("time"));
            var downloads = section.Descendants("a").Where(a => a.Attribute("download") is not null).ToList();
            Assert.Equal([$"/open-data/{dataset.Id}.csv", $"/open-data/{dataset.Id}.json"], downloads.Select(a => (string?)a.Attribute("href")));
            Assert.All(downloads, a => Assert.Matches(@"(CSV|JSON) – [\d,.]+ (octets|ko|Mo|bytes|kB|MB)", a.Value));

            var table = section.Descendants("table").Single();
            Assert.False(string.IsNullOrWhiteSpace(table.Element("caption")?.Value));
            Assert.Equal(3, table.Descendants("th").Count(th => (string?)th.Attribute("scope") == "col"));
            var rows = table.Element("tbody")!.Elements("tr").ToList();
            Assert.Equal(dataset.Columns.Select(c => c.Name), rows.Select(r => r.Element("th")!.Value));
            Assert.All(rows, r => Assert.Equal("row", (string?)r.Element("th")!.Attribute("scope")));
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Elements("td").Last().Value)));
        }
    }

    [Fact]
    public async Task Page_ShowsTheRowCountsOfTheFiles()
    {
        var page = XDocument.Parse(await site.Http.GetStringAsync(new Uri("/open-data/?lang=en", UriKind.Relative)));

        foreach (var dataset in OpenDataFiles.Datasets)
        {
            var csv = await OpenDataFiles.CsvAsync(site.Http, dataset);
            var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == dataset);
            Assert.Contains(section.Descendants("li"), li => li.Value == $"Rows: {csv.Rows.Count}");
        }
    }

    [Fact]
    public async Task Page_ConditionalRequest_Answers304_PerLanguage()
    {
        using var french = await site.Http.GetAsync(new Uri("/open-data/", UriKind.Relative));
        using var english = await site.Http.GetAsync(new Uri("/open-data/?lang=en", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/open-data/", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(french.Headers.ETag!);

        using var again = await site.Http.SendAsync(request);

        Assert.NotEqual(french.Headers.ETag, english.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }
}
