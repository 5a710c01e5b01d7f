using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// Base class of the theme's layouts, templates and partials (see the _ViewImports of those folders):
/// gives each view the request's <see cref="ThemeContext"/> and the two-language label helper.
/// Razor Pages themselves (Render, Error, Sitemap) must derive from Page, so they call ThemeContext.For instead.
/// </summary>
public abstract class ThemeView<TModel> : RazorPage<TModel>
{
    public ThemeContext Theme => ThemeContext.For(Context);

    public ThemeFormat Format => Theme.Format;

    /// <summary>The French or English wording of a theme label, for the page's culture.</summary>
    public string T(string fr, string en) => Theme.T(fr, en);

    /// <summary>A heading whose level depends on where the partial is used (h2 on a page, h3 inside a section).</summary>
    public static IHtmlContent Heading(int level, string text, string? cssClass = null) =>
        Heading(level, new HtmlContentBuilder().Append(text), cssClass);

    /// <summary>A heading holding a link: card titles, where the link covers the whole card (fr-enlarge-link).</summary>
    public static IHtmlContent Heading(int level, string text, string? href, string? cssClass)
    {
        if (href is null)
        {
            return Heading(level, text, cssClass);
        }

        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.InnerHtml.Append(text);
        return Heading(level, link, cssClass);
    }

    public static IHtmlContent Heading(int level, IHtmlContent content, string? cssClass = null)
    {
        var heading = new TagBuilder($"h{Math.Clamp(level, 2, 6)}");
        if (cssClass is not null)
        {
            heading.AddCssClass(cssClass);
        }

        heading.InnerHtml.AppendHtml(content);
        return heading;
    }
}
