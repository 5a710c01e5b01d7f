using Brand.Cms.Core.Content;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.Rendering;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// The actor space's three forms, told apart by the button pressed: ask for a sign-in link (signed out), and
/// propose a change to the entry or sign out (signed in, with an anti-forgery token: the page is private, so
/// unlike the cached content pages it can carry one). A success redirects (303) so that a reload sends nothing again.
/// </summary>
public sealed class ActorSpaceForm(ActorSignIn signIn, ProfileEdits edits, NetworkLinks links, VisitorQuota quota, IAntiforgery antiforgery) : IContentFormHandler
{
    public async Task<ContentFormOutcome> PostAsync(HttpContext http, PublishedContent item, CancellationToken ct)
    {
        PrivateAnswer.Apply(http);
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var action = form[ActorSpaceFields.Action].FirstOrDefault();
        if (action == ActorSpaceFields.RequestLink)
        {
            return await RequestLinkAsync(http, item, form, ct);
        }

        if (action is not (ActorSpaceFields.Propose or ActorSpaceFields.SignOut))
        {
            return Show(http, StatusCodes.Status400BadRequest, ActorSpaceState.Empty);
        }

        var typed = action == ActorSpaceFields.Propose ? ProfileForm.Read(form) : null;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Show(http, StatusCodes.Status400BadRequest, new ActorSpaceState(ActorSpaceNotice.FormExpired, Typed: typed));
        }

        if (action == ActorSpaceFields.SignOut)
        {
            await ActorSession.SignOutAsync(http);
            return ContentFormOutcome.Redirect(ActorSpaceFields.DoneUrl(item.Url!, ActorSpaceNotice.SignedOut, item.Culture));
        }

        // The entry edited is the one the cookie names, never one the form could name.
        if (await ActorSession.CurrentAsync(http) is not { } identity)
        {
            return Show(http, StatusCodes.Status401Unauthorized, new ActorSpaceState(ActorSpaceNotice.SignedOut));
        }

        var proposed = await edits.ProposeAsync(identity.ActorKey, identity.Email, typed!, item.Culture, ct);
        switch (proposed.Status)
        {
            case OperationStatus.Success:
                return ContentFormOutcome.Redirect(ActorSpaceFields.DoneUrl(item.Url!, ActorSpaceNotice.ChangeSent, item.Culture));
            case OperationStatus.ValidationFailed:
                return Show(http, StatusCodes.Status422UnprocessableEntity, new ActorSpaceState(ActorSpaceNotice.None, Typed: typed, Errors: proposed.Errors));
            default:
                await ActorSession.SignOutAsync(http);
                return Show(http, StatusCodes.Status404NotFound, new ActorSpaceState(ActorSpaceNotice.EntryGone));
        }
    }

    /// <summary>
    /// Whether the address is known or not, the visitor reads the same confirmation: the form tells nobody who
    /// is in the network. Only a malformed address is answered differently, which reveals nothing.
    /// </summary>
    private async Task<ContentFormOutcome> RequestLinkAsync(HttpContext http, PublishedContent item, IFormCollection form, CancellationToken ct)
    {
        var email = form[ActorSpaceFields.Email].FirstOrDefault()?.Trim() ?? "";
        if (Honeypot.IsFilled(form))
        {
            return Show(http, StatusCodes.Status400BadRequest, new ActorSpaceState(ActorSpaceNotice.Trapped, email));
        }

        if (email.Length == 0 || email.Length > ApplicationLimits.Email || !MailAddresses.IsOneMailbox(email))
        {
            var error = new PropertyError(ActorSpaceFields.Email, null, email.Length == 0 ? "required" : "format", "enter an e-mail address");
            return Show(http, StatusCodes.Status422UnprocessableEntity, new ActorSpaceState(ActorSpaceNotice.None, email, Errors: [error]));
        }

        if (!quota.TryTake(http, VisitorAction.RequestSignInLink, out var retryAfter))
        {
            return Show(http, StatusCodes.Status429TooManyRequests,
                new ActorSpaceState(ActorSpaceNotice.TooMany, email, RetryAfterMinutes: VisitorQuota.Minutes(retryAfter)));
        }

        await signIn.RequestLinkAsync(email, item.Culture, ThemeContext.For(http).BaseUrl, ct);
        return ContentFormOutcome.Redirect(ActorSpaceFields.DoneUrl(links.ActorSpace(item.Culture)?.Url ?? item.Url!, ActorSpaceNotice.LinkSent, item.Culture));
    }

    private static ContentFormOutcome Show(HttpContext http, int status, ActorSpaceState state)
    {
        http.Features.Set(state);
        return ContentFormOutcome.Render(status);
    }
}
