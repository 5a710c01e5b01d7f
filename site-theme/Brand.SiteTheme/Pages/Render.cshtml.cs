using System.Collections.Concurrent;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.Pages;

/// <summary>
/// Renders the published item the host resolved, with Templates/{document type alias}.cshtml when the theme
/// has one, else Templates/_Generic.cshtml (a new document type shows its fields until it gets a template).
/// A POST goes to the <see cref="IContentFormHandler"/> registered for the item's type.
/// </summary>
// Content pages come from the output cache, so their forms cannot carry a per-visitor anti-forgery token;
// cross-site posts are refused from the browser's own headers instead (OnPostAsync). On the class because
// Razor Pages ignore filter attributes on handler methods.
[IgnoreAntiforgeryToken]
public sealed class RenderModel(ICompositeViewEngine views) : PageModel
{
    private const string Generic = "/Pages/Templates/_Generic.cshtml";

    // Types and templates only change with a deployment: look each alias up once.
    private static readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public PublishedContent Item { get; private set; } = null!;

    public string Template { get; private set; } = Generic;

    public IActionResult OnGet() => Resolve() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Resolve())
        {
            return NotFound();
        }

        var theme = ThemeContext.For(HttpContext);
        if (IsCrossSite(Request))
        {
            return Text(StatusCodes.Status403Forbidden, theme.T(
                "Ce formulaire a été envoyé depuis un autre site : il a été refusé. Remplissez-le directement sur cette page.",
                "This form was sent from another website, so it was refused. Please fill it in on this page itself."));
        }

        if (HttpContext.RequestServices.GetKeyedService<IContentFormHandler>(Item.ContentType) is not { } handler)
        {
            Response.Headers.Allow = "GET, HEAD";
            return Text(StatusCodes.Status405MethodNotAllowed, theme.T(
                "Cette page ne reçoit pas de formulaire.", "This page does not accept forms."));
        }

        var outcome = await handler.PostAsync(HttpContext, Item, ct);
        if (outcome.SeeOther is { } url)
        {
            Response.Headers.Location = url;
            return StatusCode(outcome.StatusCode);
        }

        var page = Page();
        page.StatusCode = outcome.StatusCode;
        return page;
    }

    private bool Resolve()
    {
        if (HttpContext.Features.Get<ContentRequestFeature>() is not { } request)
        {
            return false;
        }

        Item = request.Content;
        Template = _templates.GetOrAdd(Item.ContentType, alias =>
        {
            var path = $"/Pages/Templates/{alias}.cshtml";
            return views.GetView(executingFilePath: null, path, isMainPage: false).Success ? path : Generic;
        });
        return true;
    }

    /// <summary>
    /// What the browser says of where the form came from. "Sec-Fetch-Site: cross-site" is refused and
    /// "same-origin" trusted (it holds even when a proxy rewrites the Host); otherwise an Origin whose host is
    /// not the request's is refused. No header at all (an old browser, a script) or "Origin: null" (sent for
    /// same-origin posts under a no-referrer policy) is let through: the point is to stop another site's page
    /// from posting in a visitor's name, which a browser always says.
    /// </summary>
    private static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (string.Equals(site, "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
            && !string.Equals(origin.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase);
    }

    // A short text rather than the theme's error page, whose wording ("unexpected error") would mislead.
    private static ContentResult Text(int status, string message) =>
        new() { StatusCode = status, Content = message, ContentType = "text/plain; charset=utf-8" };
}
