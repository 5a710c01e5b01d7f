using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.OpenData;
using Brand.PublicApi.OpenData.Datasets;
using static Brand.Cms.Tests.PublicApi.OpenData.OpenDataFiles;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>The CSV and JSON downloads, read back as a reuser reads them and compared with the published content.</summary>
[Collection(OpenDataSuite.Name)]
public sealed class OpenDataDownloadTests(OpenDataSite site)
{
    [Theory]
    [MemberData(nameof(AllDatasets))]
    public async Task Csv_AnyDataset_IsUtf8WithTheDocumentedHeaderAsAnAttachment(string dataset)
    {
        using var response = await site.Http.GetAsync(new Uri($"/open-data/{dataset}.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        // Streamed: no length is known before the last row is written.
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(response.Headers.TransferEncodingChunked);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"croissance-connectee-{dataset}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains(response.Headers.GetValues("Link"), l => l.Contains(OpenLicence.Url, StringComparison.Ordinal) && l.Contains("rel=\"license\"", StringComparison.Ordinal));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        var documented = site.Site.Get<DatasetList>().Find(dataset)!.Columns.Select(c => c.Name);
        Assert.Equal(documented, ParseCsv(bytes).Header);
        Assert.All(documented, name => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", name));
    }

    [Theory]
    [MemberData(nameof(AllDatasets))]
    public async Task Json_AnyDataset_HoldsTheCsvRowsWithTypedValues(string dataset)
    {
        var csv = await CsvAsync(site.Http, dataset);
        using var json = await JsonAsync(site.Http, dataset);

        var root = json.RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(dataset, root.GetProperty("dataset").GetString());
        Assert.Equal(OpenLicence.Url, root.GetProperty("license").GetProperty("url").GetString());
        Assert.Equal(OpenLicence.Name, root.GetProperty("license").GetProperty("name").GetString());
        Assert.StartsWith("Croissance Connectée", root.GetProperty("attribution").GetProperty("fr").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("modified").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Equal(csv.Rows.Count, root.GetProperty("count").GetInt32());
        Assert.Equal(csv.Rows.Count, items.Count);
        Assert.NotEmpty(items);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(csv.Header, items[i].EnumerateObject().Select(p => p.Name));
            foreach (var property in items[i].EnumerateObject())
            {
                Assert.Equal(csv.Rows[i][property.Name], AsCsvText(property.Value));
            }
        }
    }

    [Fact]
    public async Task Actors_Csv_RoundTripsThePublishedDirectory()
    {
        var csv = await CsvAsync(site.Http, "actors");

        var actors = Public(site.Published, "labelledActor");
        Assert.Equal(actors.Count, csv.Rows.Count);
        Assert.Contains(csv.Rows, r => r["label_status"] == "expired");
        foreach (var actor in actors)
        {
            var row = csv.Rows.Single(r => r["id"] == actor.Key.ToString("D"));
            var en = actor.InCulture("en")!;
            Assert.Equal(actor.Value<string>("kind"), row["kind"]);
            Assert.Equal(string.Join("|", actor.Value<string[]>("specialties")!), row["specialties"]);
            Assert.Equal(string.Join("|", actor.Value<string[]>("regionsServed")!), row["regions_served"]);
            Assert.Equal(actor.Value<bool>("acceptsRemote") ? "true" : "false", row["accepts_remote"]);
            Assert.Equal(actor.Value<bool>("isExample") ? "true" : "false", row["is_example"]);
            Assert.Equal(actor.Value<DateOnly?>("labelExpiresOn")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["label_expires_on"]);
            // On the site's fixed day, 23 November 2026 (Paris): expired the day after the expiry date.
            Assert.Equal(actor.Value<DateOnly?>("labelExpiresOn") is { } expires ? (expires >= new DateOnly(2026, 11, 23) ? "valid" : "expired") : "none", row["label_status"]);
            Assert.NotEqual("", row["department"]);
            Assert.NotEqual("", row["region"]);
            if (actor.Value<string>("kind") == "volunteerConnector")
            {
                continue; // see OpenDataPersonalDataTests
            }

            Assert.Equal(actor.Name, row["name_fr"]);
            Assert.Equal(en.Name, row["name_en"]);
            Assert.Equal(site.BaseUrl + actor.Url, row["url_fr"]);
            Assert.Equal(site.BaseUrl + en.Url, row["url_en"]);
            Assert.Equal(actor.Value<string>("description"), row["description_fr"]);
            Assert.Equal(en.Value<string>("description"), row["description_en"]);
            Assert.Equal(actor.Value<string>("email") ?? "", row["email"]);
            Assert.Equal(actor.Value<string>("phone") ?? "", row["phone"]);
            Assert.Equal(actor.Value<string>("city"), row["city"]);
            Assert.Equal(actor.Value<GeoPoint?>("location")?.Lat.ToString(CultureInfo.InvariantCulture) ?? "", row["latitude"]);
        }
    }

    [Fact]
    public async Task ContentDatasets_Csv_HoldEveryPublicItemWithItsNamesUrlsAndValues()
    {
        var expectations = new (string Dataset, string Type, string Column, Func<PublishedContent, string> Value)[]
        {
            ("events", "event", "starts_at", e => e.Value<DateTimeOffset>("startDate").ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
            ("events", "event", "event_type", e => e.Value<string>("eventType")!),
            ("success-stories", "successStory", "business_name", s => s.Value<string>("businessName")!),
            ("success-stories", "successStory", "supported_by", s => string.Join("|", s.Value<Guid[]>("supportedBy") ?? [])),
            ("aid-schemes", "aidScheme", "max_amount_eur", a => a.Value<decimal?>("maxAmount")?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("aid-schemes", "aidScheme", "deadline", a => a.Value<DateOnly?>("deadline")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
            ("resources", "resource", "themes", r => string.Join("|", r.Value<string[]>("themes")!)),
            ("resources", "resource", "reading_time_minutes", r => r.Value<long?>("readingTime")?.ToString(CultureInfo.InvariantCulture) ?? ""),
        };

        foreach (var group in expectations.GroupBy(e => (e.Dataset, e.Type)))
        {
            var csv = await CsvAsync(site.Http, group.Key.Dataset);
            var items = Public(site.Published, group.Key.Type);
            Assert.NotEmpty(items);
            Assert.Equal(items.Count, csv.Rows.Count);
            foreach (var item in items)
            {
                var en = item.InCulture("en")!;
                Assert.Equal(item.Name, csv.Row(item.Key, "name_fr"));
                Assert.Equal(en.Name, csv.Row(item.Key, "name_en"));
                Assert.Equal(site.BaseUrl + item.Url, csv.Row(item.Key, "url_fr"));
                Assert.Equal(item.Value<string>("summary"), csv.Row(item.Key, "summary_fr"));
                Assert.Equal(en.Value<string>("summary"), csv.Row(item.Key, "summary_en"));
                foreach (var (_, _, column, value) in group)
                {
                    Assert.Equal(value(item), csv.Row(item.Key, column));
                }
            }
        }
    }

    [Theory]
    [InlineData("actors.csv")]
    [InlineData("indicators.json")]
    public async Task Download_IfNoneMatchOrIfModifiedSince_Answers304(string file)
    {
        var uri = new Uri($"/open-data/{file}", UriKind.Relative);
        using var first = await site.Http.GetAsync(uri);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var sameTag = await SendAsync(uri, r => r.Headers.IfNoneMatch.Add(etag));
        using var sameDate = await SendAsync(uri, r => r.Headers.IfModifiedSince = lastModified);
        using var laterDate = await SendAsync(uri, r => r.Headers.IfModifiedSince = lastModified.AddDays(1));
        using var olderDate = await SendAsync(uri, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1));
        using var otherTag = await SendAsync(uri, r =>
        {
            r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"another\""));
            r.Headers.IfModifiedSince = lastModified;
        });
        using var anyTag = await SendAsync(uri, r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
        using var head = await SendAsync(uri, r => r.Method = HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, sameTag.StatusCode);
        Assert.Empty(await sameTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, sameTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, sameDate.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, laterDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, olderDate.StatusCode);
        // If-None-Match decides when both are sent (RFC 9110, 13.1.3).
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, anyTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_CsvAndJsonOfADataset_HaveDifferentETagsThatStayTheSame()
    {
        using var csv = await site.Http.GetAsync(new Uri("/open-data/events.csv", UriKind.Relative));
        using var json = await site.Http.GetAsync(new Uri("/open-data/events.json", UriKind.Relative));
        using var again = await site.Http.GetAsync(new Uri("/open-data/events.csv", UriKind.Relative));

        Assert.NotEqual(csv.Headers.ETag, json.Headers.ETag);
        Assert.Equal(csv.Headers.ETag, again.Headers.ETag);
        Assert.Equal(await csv.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.True(csv.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/open-data/nothing.csv")]
    [InlineData("/open-data/Actors.json")]
    public async Task Download_UnknownDataset_Is404NamingTheDatasets(string path)
    {
        using var response = await site.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.All(Datasets, d => Assert.Contains(d, body, StringComparison.Ordinal));
    }

    public static TheoryData<string> AllDatasets() => [.. Datasets];

    private async Task<HttpResponseMessage> SendAsync(Uri uri, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        configure(request);
        return await site.Http.SendAsync(request);
    }
}
