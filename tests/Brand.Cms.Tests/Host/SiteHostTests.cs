using System.Net;
using System.Text.Json;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.Host;

/// <summary>The running site over real HTTP: health, language redirect, seeded pages, the theme's 404.</summary>
public sealed class SiteHostTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private SiteServer _site = null!;

    public Task InitializeAsync()
    {
        _site = new SiteServer(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Health_ReportsDatabaseAndPublishedCache()
    {
        var response = await _site.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Sqlite", checks.GetProperty("database").GetProperty("provider").GetString());
        Assert.True(checks.GetProperty("publishedCache").GetProperty("items").GetInt32() > 50);
    }

    [Theory]
    [InlineData(null, "/fr")]
    [InlineData("en-GB,en;q=0.9", "/en")]
    [InlineData("de-DE,de;q=0.9", "/fr")]
    [InlineData("de;q=0.9,en;q=0.5,fr;q=0.8", "/fr")]
    public async Task Root_RedirectsToTheVisitorsLanguage_FrenchByDefault(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await _site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/fr", "lang=\"fr\"", "Annuaire")]
    [InlineData("/en", "lang=\"en\"", "Directory")]
    [InlineData("/fr/annuaire/", "lang=\"fr\"", "Exemple")]
    public async Task Page_FromTheSeed_IsServedInItsCulture(string path, string lang, string text)
    {
        var response = await _site.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(lang, html, StringComparison.Ordinal);
        Assert.Contains(text, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/.well-known/security.txt")]
    [InlineData("/_content/Brand.SiteTheme/lib/dsfr/dsfr.min.css")]
    public async Task StaticFile_IsServedBeforeTheCatchAllPageRoute(string path)
    {
        var response = await _site.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownUrl_GetsTheThemes404Page()
    {
        var response = await _site.Http.GetAsync(new Uri("/fr/cette-page-n-existe-pas", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsNode_IsPublishedForTheApi_ButHasNoPageOnTheSite()
    {
        var cache = _site.Services.GetRequiredService<PublishedContentCache>().Current;
        var settings = cache.Roots("fr").Single(r => r.ContentType == "siteSettings");

        Assert.Null(settings.Url);
        Assert.Equal("Croissance Connectée", settings.Value<string>("siteName"));
        var response = await _site.Http.GetAsync(new Uri("/fr/" + settings.UrlSegment, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
