using System.Collections.Concurrent;
using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace Brand.SiteTheme.Pages;

/// <summary>
/// Renders the published item the host resolved, with Templates/{document type alias}.cshtml when the theme
/// has one, else Templates/_Generic.cshtml (a new document type shows its fields until it gets a template).
/// </summary>
public sealed class RenderModel(ICompositeViewEngine views) : PageModel
{
    private const string Generic = "/Pages/Templates/_Generic.cshtml";

    // Types and templates only change with a deployment: look each alias up once.
    private static readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public PublishedContent Item { get; private set; } = null!;

    public string Template { get; private set; } = Generic;

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<ContentRequestFeature>() is not { } request)
        {
            return NotFound();
        }

        Item = request.Content;
        Template = _templates.GetOrAdd(Item.ContentType, alias =>
        {
            var path = $"/Pages/Templates/{alias}.cshtml";
            return views.GetView(executingFilePath: null, path, isMainPage: false).Success ? path : Generic;
        });
        return Page();
    }
}
