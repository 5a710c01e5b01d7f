using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// What a visitor does, expressed through roles, accessible names, hrefs and ARIA relations rather than
/// the theme's markup, so the tests survive a change of theme.
/// </summary>
public static partial class Browse
{
    /// <summary>The site's main navigation landmark ("Menu principal" / "Main menu").</summary>
    public static ILocator MainNavigation(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { NameRegex = MainMenuName() }).First;

    /// <summary>Links to a site path, written relative or absolute, with or without a trailing slash.</summary>
    public static ILocator LinksTo(ILocator scope, string path) =>
        scope.Locator($"a[href='{path}'], a[href='{path}/'], a[href$='//{Host(scope.Page)}{path}'], a[href$='//{Host(scope.Page)}{path}/']");

    /// <summary>
    /// Makes a link or control visible the way a visitor would: when it sits in a collapsed menu or
    /// dropdown, clicks the button whose aria-controls names one of its containers.
    /// </summary>
    public static async Task RevealAsync(ILocator target)
    {
        if (await target.IsVisibleAsync())
        {
            return;
        }

        var controllerId = await target.EvaluateAsync<string?>(
            """
            el => {
              for (let p = el.parentElement; p; p = p.parentElement) {
                if (p.id && document.querySelector(`[aria-controls~="${CSS.escape(p.id)}"]`)) return p.id;
              }
              return null;
            }
            """);
        Assert.True(controllerId is not null, "The element is hidden and no button (aria-controls) reveals it.");
        var button = target.Page.Locator($"[aria-controls~='{controllerId}']");
        var visible = button.Filter(new LocatorFilterOptions { Visible = true }).First;
        await visible.ClickAsync();
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    /// <summary>Whether an absolute URL the browser reports is this site path (trailing slash ignored).</summary>
    public static bool IsPath(string url, string path) =>
        string.Equals(new Uri(url).AbsolutePath.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of the page's level-1 heading.</summary>
    public static Task<string> HeadingAsync(IPage page) =>
        page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).First.InnerTextAsync();

    /// <summary>
    /// Runs a search from the search page: types in the search field of the main content and submits,
    /// as a visitor does. A page without such a field is given the query in its URL instead.
    /// </summary>
    public static async Task SearchAsync(IPage page, string path, string query)
    {
        var box = page.Locator("main").GetByRole(AriaRole.Searchbox)
            .Or(page.Locator("main").GetByRole(AriaRole.Textbox, new LocatorGetByRoleOptions { NameRegex = SearchName() }))
            .First;
        if (await box.CountAsync() == 0)
        {
            await page.GotoAsync($"{path}?q={Uri.EscapeDataString(query)}");
            return;
        }

        await box.FillAsync(query);
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).Query.Length > 1);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static string Host(IPage page) => new Uri(page.Url).Authority;

    [GeneratedRegex("principal|main", RegexOptions.IgnoreCase)]
    private static partial Regex MainMenuName();

    [GeneratedRegex("recherch|search", RegexOptions.IgnoreCase)]
    private static partial Regex SearchName();
}
