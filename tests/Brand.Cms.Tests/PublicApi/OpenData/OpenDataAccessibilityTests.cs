using Brand.Cms.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>axe-core (WCAG 2.1 A and AA, the automatic part of an RGAA audit) finds nothing on the open-data page.</summary>
[Collection(OpenDataSuite.Name)]
public sealed class OpenDataAccessibilityTests(OpenDataSite site)
{
    [Theory]
    [InlineData("/open-data/")]
    [InlineData("/open-data/?lang=en")]
    public async Task Page_InEachLanguage_HasNoAxeViolations(string path)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SiteBrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site.Http.BaseAddress!.ToString() });

        var response = await page.GotoAsync(path);
        var violations = await Axe.ViolationsAsync(page);

        Assert.Equal(200, response!.Status);
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
    }
}
