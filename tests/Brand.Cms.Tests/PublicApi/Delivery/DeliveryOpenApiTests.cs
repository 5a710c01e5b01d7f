using System.Net;
using System.Text.Json;
using static Brand.Cms.Tests.PublicApi.Delivery.DeliverySite;

namespace Brand.Cms.Tests.PublicApi.Delivery;

/// <summary>The OpenAPI document describes every delivery endpoint, and the reference page is served without a CDN.</summary>
[Collection(DeliverySuite.Name)]
public sealed class DeliveryOpenApiTests(DeliverySite site)
{
    [Fact]
    public async Task OpenApiDocument_DescribesEveryDeliveryEndpoint()
    {
        var document = await site.OkAsync("/openapi/public.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var (path, summary) in new[]
        {
            ("/content/item/{id}", "Gets a content item by id"),
            ("/content/item/{path}", "Gets a content item by route"),
            ("/content/items", "Gets content items by id"),
            ("/content", "Gets content items from a query"),
        })
        {
            Assert.Equal(summary, paths.GetProperty(Api + path).GetProperty("get").GetProperty("summary").GetString());
        }

        // Only public API endpoints: not the site's own pages, feeds or health checks.
        Assert.All(paths.EnumerateObject(), p => Assert.DoesNotContain("/health", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_QueryParametersAndResponse_AreDescribed()
    {
        var document = await site.OkAsync("/openapi/public.json");
        var query = document.GetProperty("paths").GetProperty(Api + "/content").GetProperty("get");

        var parameters = query.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Superset(new HashSet<string> { "fetch", "filter", "sort", "skip", "take", "expand", "fields", "Accept-Language", "Start-Item" },
            parameters.Keys.ToHashSet());
        Assert.Contains("contentType:event", parameters["filter"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("integer", parameters["take"].GetProperty("schema").GetProperty("type").GetString());
        var ok = query.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var name = ok.GetProperty("$ref").GetString()!.Split('/')[^1];
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name).GetProperty("properties");
        Assert.True(schema.TryGetProperty("total", out _) && schema.TryGetProperty("items", out _), schema.ToString());
        Assert.True(query.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task ReferencePage_IsServedFromTheSite_NotFromACdn()
    {
        var response = await site.Site.Http.GetAsync(new Uri("/api-reference", UriKind.Relative));
        if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect)
        {
            response = await site.Site.Http.GetAsync(response.Headers.Location);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Relative to the site root: Scalar resolves it against the page's base path.
        Assert.Contains("\"url\":\"openapi/public.json\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"scalar.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        var script = await site.Site.Http.GetAsync(new Uri("/api-reference/scalar.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
