using System.Globalization;
using System.Net;
using System.Text.Json;
using Brand.PublicApi.OpenData;
using static Brand.Cms.Tests.PublicApi.OpenData.OpenDataFiles;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>The DCAT-AP catalogue in JSON-LD, read as a harvester (data.gouv.fr) reads it.</summary>
[Collection(OpenDataSuite.Name)]
public sealed class OpenDataCatalogTests(OpenDataSite site)
{
    [Fact]
    public async Task Catalog_IsADcatCatalogOfEveryDataset()
    {
        using var response = await site.Http.GetAsync(new Uri("/open-data/catalog.jsonld", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var catalog = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var context = catalog.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        Assert.Equal(site.BaseUrl + "/open-data/catalog.jsonld", catalog.GetProperty("@id").GetString());
        AssertTexts(catalog.GetProperty("dct:title"));
        AssertTexts(catalog.GetProperty("dct:description"));
        AssertPublisher(catalog);
        Assert.Equal(OpenLicence.Url, Id(catalog, "dct:license"));
        AssertPrefixesDeclared(catalog, context);
        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(Datasets, datasets.Select(d => d.GetProperty("dct:identifier").GetString()));
    }

    [Fact]
    public async Task Catalog_EachDataset_HasDistributionsThatDownloadWhatTheyDescribe()
    {
        using var json = JsonDocument.Parse(await site.Http.GetStringAsync(new Uri("/open-data/catalog.jsonld", UriKind.Relative)));

        foreach (var dataset in json.RootElement.GetProperty("dcat:dataset").EnumerateArray())
        {
            var id = dataset.GetProperty("dct:identifier").GetString();
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            AssertTexts(dataset.GetProperty("dct:title"));
            AssertTexts(dataset.GetProperty("dct:description"));
            AssertPublisher(dataset);
            Assert.Equal(OpenLicence.Url, Id(dataset, "dct:license"));
            AssertTime(dataset.GetProperty("dct:modified"));
            Assert.Equal($"{site.BaseUrl}/open-data/#{id}", Id(dataset, "dcat:landingPage"));
            Assert.NotEmpty(dataset.GetProperty("dcat:keyword").EnumerateArray());
            Assert.StartsWith("mailto:", Id(dataset.GetProperty("dcat:contactPoint"), "vcard:hasEmail"), StringComparison.Ordinal);

            var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
            Assert.Equal(["text/csv", "application/json"], distributions.Select(d => Id(d, "dcat:mediaType").Split("media-types/")[1]));
            foreach (var distribution in distributions)
            {
                Assert.Equal("dcat:Distribution", distribution.GetProperty("@type").GetString());
                Assert.Equal(OpenLicence.Url, Id(distribution, "dct:license"));
                AssertTime(distribution.GetProperty("dct:modified"));
                Assert.Equal($"{site.BaseUrl}/open-data/", Id(distribution, "dcat:accessURL"));
                var url = Id(distribution, "dcat:downloadURL");
                Assert.StartsWith($"{site.BaseUrl}/open-data/{id}.", url, StringComparison.Ordinal);
                Assert.StartsWith("http://publications.europa.eu/resource/authority/file-type/", Id(distribution, "dct:format"), StringComparison.Ordinal);

                using var file = await site.Http.GetAsync(new Uri(url));
                var bytes = await file.Content.ReadAsByteArrayAsync();
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                Assert.Equal(Id(distribution, "dcat:mediaType").Split("media-types/")[1], file.Content.Headers.ContentType?.MediaType);
                Assert.Equal(bytes.Length.ToString(CultureInfo.InvariantCulture), distribution.GetProperty("dcat:byteSize").GetProperty("@value").GetString());
            }
        }
    }

    [Fact]
    public async Task Catalog_ConditionalRequest_Answers304()
    {
        using var first = await site.Http.GetAsync(new Uri("/open-data/catalog.jsonld", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/open-data/catalog.jsonld", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static string Id(JsonElement node, string property) => node.GetProperty(property).GetProperty("@id").GetString()!;

    private static void AssertTexts(JsonElement texts) =>
        Assert.Equal(["fr", "en"], texts.EnumerateArray().Select(t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("@value").GetString()));
            return t.GetProperty("@language").GetString();
        }));

    private static void AssertPublisher(JsonElement node)
    {
        var publisher = node.GetProperty("dct:publisher");
        Assert.Equal("foaf:Organization", publisher.GetProperty("@type").GetString());
        AssertTexts(publisher.GetProperty("foaf:name"));
    }

    private static void AssertTime(JsonElement time)
    {
        Assert.Equal("xsd:dateTime", time.GetProperty("@type").GetString());
        Assert.True(DateTimeOffset.TryParseExact(time.GetProperty("@value").GetString(), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
    }

    /// <summary>Every compact IRI ("dcat:…") uses a prefix of the context, or a JSON-LD processor would drop it.</summary>
    private static void AssertPrefixesDeclared(JsonElement node, JsonElement context)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject().Where(p => p.Name != "@context"))
                {
                    if (!property.Name.StartsWith('@'))
                    {
                        Assert.True(context.TryGetProperty(property.Name.Split(':')[0], out _), $"undeclared prefix in {property.Name}");
                    }

                    if (property.Name == "@type")
                    {
                        Assert.True(context.TryGetProperty(property.Value.GetString()!.Split(':')[0], out _), $"undeclared prefix in {property.Value}");
                    }

                    AssertPrefixesDeclared(property.Value, context);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    AssertPrefixesDeclared(item, context);
                }

                break;
        }
    }
}
