using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Brand.SiteTheme.Pages;

/// <summary>Renders the published item the host resolved, with the template named after its document type.</summary>
public sealed class RenderModel : PageModel
{
    public PublishedContent Item { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<ContentRequestFeature>() is not { } request)
        {
            return NotFound();
        }

        Item = request.Content;
        return Page();
    }
}
