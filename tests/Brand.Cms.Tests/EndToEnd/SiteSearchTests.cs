using System.Globalization;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>The site search in Chromium: results grouped by type, one type paged, broken syntax, the header's box.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class SiteSearchTests(SiteBrowserFixture site) : IAsyncLifetime
{
    public Task InitializeAsync() => SearchIndex.WaitAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("fr", "numerique", "numérique")]
    [InlineData("en", "digital", "digital")]
    public async Task Search_FindsPagesGroupedByType_WithCountsThatAddUp(string culture, string typed, string found)
    {
        var (context, page) = await site.NewPageAsync(culture);
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);
        var searchPage = site.First("searchPage", culture);
        await page.GotoAsync(searchPage.Url!);

        await Browse.SearchAsync(page, searchPage.Url!, typed);

        var status = await page.GetByRole(AriaRole.Status).First.InnerTextAsync();
        Assert.Contains(culture == "fr" ? $"Résultats pour « {typed} »" : $"Results for “{typed}”", status, StringComparison.Ordinal);
        var types = TypeFilter(page).GetByRole(AriaRole.Link);
        var counts = (await types.AllInnerTextsAsync()).Select(CountIn).ToList();
        Assert.True(counts.Count >= 3, "Results of at least two types were expected, plus « all ».");
        Assert.Equal(counts[0], counts.Skip(1).Sum());
        var groups = page.Locator("main section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3 }) });
        Assert.Equal(counts.Count - 1, await groups.CountAsync());
        // Accents and case do not matter: "numerique" finds "numérique", shown marked in the passages.
        var marked = await page.Locator("main mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => string.Equals(m, found, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("noindex", await page.Locator("meta[name='robots']").GetAttributeAsync("content"));
        problems.AssertNone();
    }

    [Fact]
    public async Task TypeFilter_ShowsOnlyThatType_WithItsCount_AndPagingThatKeepsTheQuery()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        var searchPage = site.First("searchPage", "fr");
        await page.GotoAsync($"{searchPage.Url}?q=numerique");
        var largest = TypeFilter(page).GetByRole(AriaRole.Link).Nth(1);
        var text = await largest.InnerTextAsync();
        var label = text[..text.LastIndexOf('(')].Trim();
        var count = CountIn(text);

        await largest.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("type=", StringComparison.Ordinal));

        Assert.Equal("true", await TypeFilter(page).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(label)) }).GetAttributeAsync("aria-current"));
        // Each result is a page of that type, as the published cache says.
        var type = HttpUtility.ParseQueryString(new Uri(page.Url).Query)["type"];
        var links = await page.Locator("main .cc-search-results .fr-card__title a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Equal(Math.Min(count, 10), links.Length);
        Assert.All(links, path => Assert.Equal(type, site.Published.GetByRoute(path)?.ContentType));
        if (count > 10)
        {
            var next = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" }).GetByRole(AriaRole.Link, new() { Name = "Page suivante" });
            Assert.Matches("q=numerique.*type=.*page=2", await next.GetAttributeAsync("href"));
        }

        var violations = (await Axe.ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
    }

    [Theory]
    [InlineData("\"vente (")]
    [InlineData("title:[a TO")]
    [InlineData("((((")]
    public async Task BrokenSyntax_GivesResultsOrTheNoResultMessage_NeverAnError(string query)
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);

        var response = await page.GotoAsync($"{site.First("searchPage", "fr").Url}?q={Uri.EscapeDataString(query)}");

        Assert.Equal(200, response!.Status);
        var status = await page.GetByRole(AriaRole.Status).First.InnerTextAsync();
        Assert.Contains("Résultats pour", status, StringComparison.Ordinal);
        var found = await page.Locator("main .cc-search-results li").CountAsync();
        var none = await page.GetByText("Aucune page ne correspond").Or(page.GetByText(NoResultsText())).CountAsync();
        Assert.True(found > 0 || none > 0, "Neither results nor the no-result message.");
        problems.AssertNone();
    }

    [Fact]
    public async Task BrokenSyntax_SaysSpecialCharactersWereIgnored()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;

        await page.GotoAsync($"{site.First("searchPage", "fr").Url}?q={Uri.EscapeDataString("\"vente (")}");

        Assert.True(await page.GetByText("caractères spéciaux").IsVisibleAsync());
        Assert.True(await page.Locator("main .cc-search-results li").CountAsync() > 0);
    }

    [Fact]
    public async Task HeaderSearchBox_LeadsToTheSearchPageWithResults()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        var searchPage = site.First("searchPage", "fr");
        await page.GotoAsync(site.Home("fr").Url!);

        var box = page.Locator("header").GetByRole(AriaRole.Searchbox);
        await Browse.RevealAsync(box);
        await box.FillAsync("numérique");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => Browse.IsPath(url, searchPage.Url!));

        Assert.Contains("Résultats pour « numérique »", await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main .cc-search-results li").CountAsync() > 0);
    }

    private static ILocator TypeFilter(IPage page) => page.GetByRole(AriaRole.Navigation, new() { NameRegex = TypeFilterName() });

    private static int CountIn(string text) =>
        int.Parse(Count().Match(text).Groups[1].Value.Replace("\u202f", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(([\d\u202f\u00a0]+)\)\s*$")]
    private static partial Regex Count();

    [GeneratedRegex("type de contenu|content type")]
    private static partial Regex TypeFilterName();

    [GeneratedRegex("Aucun résultat|aucun résultat")]
    private static partial Regex NoResultsText();
}
