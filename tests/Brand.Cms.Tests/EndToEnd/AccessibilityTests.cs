namespace Brand.Cms.Tests.EndToEnd;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any kind of page, in either language.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class AccessibilityTests(SiteBrowserFixture site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task PageKind_InEachCulture_HasNoAxeViolations(string culture, string kind)
    {
        var path = await PageKinds.PathOfAsync(site, culture, kind);
        var page = await site.SharedPageAsync(culture);

        var response = await page.GotoAsync(path);
        Assert.Equal(kind == PageKinds.NotFound ? 404 : 200, response!.Status);
        if (kind == PageKinds.Search)
        {
            await Browse.SearchAsync(page, path, PageKinds.SearchQuery(culture));
        }

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
    }
}
