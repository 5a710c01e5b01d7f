namespace Brand.Cms.Tests.EndToEnd;

/// <summary>An unknown URL shows the theme's 404 page, with the 404 status, and a way back home.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class NotFoundTests(SiteBrowserFixture site)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task UnknownUrl_ShowsTheThemes404Page_WithStatus404(string culture)
    {
        var page = await site.SharedPageAsync(culture);

        var response = await page.GotoAsync(await PageKinds.PathOfAsync(site, culture, PageKinds.NotFound));

        Assert.Equal(404, response!.Status);
        Assert.Equal("text/html", (await response.HeaderValueAsync("content-type"))?.Split(';')[0]);
        Assert.False(string.IsNullOrWhiteSpace(await Browse.HeadingAsync(page)));
        var homeLinks = Browse.LinksTo(page.Locator("main"), "/")
            .Or(Browse.LinksTo(page.Locator("main"), "/" + culture));
        Assert.True(await homeLinks.CountAsync() > 0, "The 404 page offers no link back to the home page.");
    }
}
