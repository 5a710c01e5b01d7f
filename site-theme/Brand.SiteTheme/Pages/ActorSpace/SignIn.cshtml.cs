using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.ActorSpace;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

// In the Pages namespace, like the self-diagnostic's result page: a Pages.ActorSpace namespace would make
// "ActorSpace.X" ambiguous in every view of the theme.
namespace Brand.SiteTheme.Pages;

/// <summary>
/// The e-mailed sign-in link ("/fr/espace-acteur/connexion/{token}"). A GET only shows a button: mail
/// scanners and link previews open links before the actor does, and must not use up the one-time token.
/// The POST (with its anti-forgery token) redeems it, sets the actor's cookie and sends them to their space.
/// </summary>
public sealed class ActorSignInPage(ActorSignIn signIn, IOptions<NetworkOptions> options) : PageModel
{
    public string Path { get; private set; } = "";

    public string SpaceUrl { get; private set; } = "";

    /// <summary>The link was used, expired or unknown.</summary>
    public bool Failed { get; private set; }

    public int LinkMinutes => (int)Math.Round(options.Value.SignInLinkLifetime.TotalMinutes);

    public IActionResult OnGet(string culture, string slug, string kind, string token) =>
        Load(culture, slug, kind, token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        if (!Load(culture, slug, kind, token))
        {
            return NotFound();
        }

        if (await signIn.RedeemAsync(token, ct) is not { } identity)
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        await ActorSession.SignInAsync(HttpContext, identity);
        Response.Headers.Location = SpaceUrl;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>True when the URL starts with the culture's published actor space and the culture's word for "sign in".</summary>
    private bool Load(string culture, string slug, string kind, string token)
    {
        PrivateAnswer.Apply(HttpContext);
        var theme = ThemeContext.For(HttpContext);
        if (NetworkLinks.SignInSegment(culture) != kind || theme.Snapshot is not { } snapshot
            || snapshot.GetByRoute($"/{culture}/{slug}") is not { ContentType: NetworkLinks.ActorSpaceType } space || space.Culture != culture)
        {
            return false;
        }

        Path = $"{space.Url!.TrimEnd('/')}/{kind}/{token}";
        SpaceUrl = space.Url!;
        theme.Meta.ForceNoIndex = true;
        // The token is not tied to a language: the switch leads to the same link in the other one.
        theme.Virtual = new VirtualPage(
            theme.T("Connexion à l'espace acteur", "Sign in to the actor space"),
            theme.Cultures.Codes
                .Select(c => space.InCulture(c))
                .Where(p => p?.Url is not null)
                .ToDictionary(p => p!.Culture, p => $"{p!.Url!.TrimEnd('/')}/{NetworkLinks.SignInSegment(p.Culture)}/{token}"),
            Parent: space);
        return true;
    }
}
