namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// Full-page desktop screenshots (1280 px wide) of the pages visitors see most, in both languages, kept as
/// test artifacts for a person to look at: in $BRAND_SCREENSHOTS, else in screenshots/ beside the test binaries.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class ScreenshotTests(SiteBrowserFixture site)
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("BRAND_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Theory]
    [MemberData(nameof(PageKinds.MainPages), MemberType = typeof(PageKinds))]
    public async Task MainPage_Desktop_IsCapturedFullPage(string culture, string kind)
    {
        var page = await site.SharedPageAsync(culture);
        using var problems = new PageProblems(page, site.BaseAddress);

        var response = await page.GotoAsync(await PageKinds.PathOfAsync(site, culture, kind));
        Assert.Equal(200, response!.Status);
        await page.EvaluateAsync("() => document.fonts.ready");
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{culture}-{kind}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        // A blank render compresses to almost nothing; a missing stylesheet or font still makes a picture, of the wrong page.
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small.");
        problems.AssertNone();
    }
}
