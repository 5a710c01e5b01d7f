using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Brand.SiteTheme.Pages;

/// <summary>
/// The human sitemap the DSFR footer links to ("Plan du site"), served by the theme itself: every public
/// page of a culture, as a tree. A literal route outranks the content catch-all, so no host change is needed.
/// </summary>
public sealed class SitemapPage : PageModel
{
    private static readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal)
    {
        ["fr"] = "plan-du-site",
        ["en"] = "site-map",
    };

    public PublishedContent? Home { get; private set; }

    public static string? PathFor(string culture) => _slugs.TryGetValue(culture, out var slug) ? $"/{culture}/{slug}" : null;

    public IActionResult OnGet(string culture, string slug)
    {
        if (!_slugs.TryGetValue(culture, out var expected) || expected != slug)
        {
            return NotFound();
        }

        var theme = ThemeContext.For(HttpContext);
        Home = theme.Snapshot?.SiteRoot(culture);
        if (Home is null)
        {
            return NotFound();
        }

        theme.Virtual = new VirtualPage(theme.T("Plan du site", "Sitemap"),
            _slugs.Where(s => theme.Snapshot?.SiteRoot(s.Key) is not null).ToDictionary(s => s.Key, s => $"/{s.Key}/{s.Value}"));
        return Page();
    }
}
