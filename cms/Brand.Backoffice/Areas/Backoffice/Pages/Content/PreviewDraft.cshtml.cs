using Brand.Backoffice.Preview;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// /preview/{token}: a draft rendered by the public theme, for whoever holds the link (no sign-in). The page puts
/// the draft in the request as the host does for a published item, so the theme's own layout and template render
/// it; it adds the "not published" banner, and keeps the answer out of every cache and index.
/// </summary>
[AllowAnonymous]
public sealed class PreviewDraftModel(PreviewTokens tokens, DraftPreview previews, ICompositeViewEngine views) : PageModel
{
    private const string Generic = "/Pages/Templates/_Generic.cshtml";

    public PublishedContent? Item { get; private set; }
    public string Template { get; private set; } = Generic;
    public PreviewTicket? Ticket { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var headers = Response.Headers;
        headers.CacheControl = "no-store, no-cache, max-age=0";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        // The token is the key: it must not leave in a Referer header when the reader follows a link of the page.
        headers["Referrer-Policy"] = "no-referrer";
        OutputCacheControl.DoNotStore(HttpContext);
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false; // this page explains its own 404 and 410
        }

        var (status, ticket) = tokens.Read(token);
        Ticket = ticket;
        if (status != PreviewTokenStatus.Valid)
        {
            Response.StatusCode = status == PreviewTokenStatus.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            Problem = status == PreviewTokenStatus.Expired
                ? "Ce lien d'aperçu a expiré. Demandez-en un nouveau à la personne qui vous l'a envoyé."
                : "Ce lien d'aperçu n'est pas valide : vérifiez qu'il a été copié en entier.";
            return Page();
        }

        var preview = await previews.BuildAsync(ticket!);
        if (preview.Content is not { } content)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = preview.Problem;
            return Page();
        }

        HttpContext.Features.Set(new ContentRequestFeature(content));
        ThemeContext.For(HttpContext).Meta.ForceNoIndex = true;
        Item = content;
        var path = $"/Pages/Templates/{content.ContentType}.cshtml";
        Template = views.GetView(executingFilePath: null, path, isMainPage: false).Success ? path : Generic;
        return Page();
    }
}
