using Brand.SiteTheme.Rendering;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>The brand kit page: the four logo files, each downloadable, with the format and the true size in the link.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class BrandKitTests(SiteBrowserFixture site)
{
    private static readonly string[] Files =
    [
        "croissance-connectee-logo.svg",
        "croissance-connectee-logo-monochrome.svg",
        "croissance-connectee-logo-reversed.svg",
        "connecteur-labellise-badge.svg",
    ];

    [Theory]
    [InlineData("fr", "/fr/rejoindre-le-reseau/kit-de-marque", "Télécharger ")]
    [InlineData("en", "/en/join-the-network/brand-kit", "Download ")]
    public async Task BrandKitPage_InEachCulture_OffersTheFourLogosWithTheirRealSize(string culture, string path, string verb)
    {
        var page = await site.SharedPageAsync(culture);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        var downloads = page.Locator("main a[download]");
        var hrefs = await downloads.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(Files, hrefs.Select(h => h[(h.LastIndexOf('/') + 1)..]));

        var format = new ThemeFormat(culture);
        for (var i = 0; i < hrefs.Length; i++)
        {
            using var file = await site.Http.GetAsync(new Uri(hrefs[i], UriKind.Relative));
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("image/svg+xml", file.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<title", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

            var text = await downloads.Nth(i).InnerTextAsync();
            Assert.StartsWith(verb, text, StringComparison.Ordinal);
            Assert.EndsWith($"SVG – {MediaView.Size(bytes.Length, format)}", text.Trim(), StringComparison.Ordinal);
        }

        // Each version is previewed with an alternative text, the white one on a dark background.
        var previews = page.Locator("main img[src*='/brand-kit/']");
        Assert.Equal(Files.Length, await previews.CountAsync());
        Assert.All(await previews.EvaluateAllAsync<string[]>("imgs => imgs.map(i => i.alt)"), alt => Assert.False(string.IsNullOrWhiteSpace(alt)));
        Assert.Equal(Files.Length, await previews.EvaluateAllAsync<int>("imgs => imgs.filter(i => i.complete && i.naturalWidth > 0).length"));
    }

    [Theory]
    [InlineData("fr", "/fr/rejoindre-le-reseau", "Charte du réseau", "Kit de marque")]
    [InlineData("en", "/en/join-the-network", "Network charter", "Brand kit")]
    public async Task JoinPage_FromTheMainMenu_LeadsToTheCharterAndTheBrandKit(string culture, string path, string charter, string kit)
    {
        var page = await site.SharedPageAsync(culture);
        await page.GotoAsync(site.Home(culture).Url!);

        var link = Browse.LinksTo(Browse.MainNavigation(page), path);
        await Browse.RevealAsync(link);
        await link.ClickAsync();

        Assert.True(Browse.IsPath(page.Url, path), page.Url);
        var main = page.Locator("main");
        await main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = charter, Exact = true }).WaitForAsync();
        await main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = kit, Exact = true }).WaitForAsync();
    }
}
