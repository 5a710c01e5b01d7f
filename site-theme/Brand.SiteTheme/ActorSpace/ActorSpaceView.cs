using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>Where the signed-in actor's label stands, for the renewal alert.</summary>
public enum LabelState
{
    /// <summary>No expiry date: volunteers and partners without a dated label.</summary>
    None,
    Valid,

    /// <summary>Expires within the reminder period (Network:RenewalReminderDays).</summary>
    ExpiringSoon,
    Expired,
}

/// <summary>Everything the actor space's template shows: the sign-in form when <see cref="Entry"/> is null, else the actor's entry and form.</summary>
public sealed record ActorSpaceView(
    PublishedContent Page,
    ActorSpaceState State,
    ActorIdentity? Identity,
    PublishedContent? Entry,
    ProfileEdit? Latest,
    ProfileValues Values,
    LabelState Label,
    string? RenewalUrl,
    int LinkMinutes)
{
    public bool SignedIn => Identity is not null && Entry is not null;
}

/// <summary>
/// Builds the actor space for one request, always as a private answer: the page is a content page, served by
/// the output-cached catch-all, but what it shows depends on the visitor's cookie.
/// </summary>
public sealed class ActorSpaceViews(ProfileEdits edits, NetworkLinks links, IOptions<NetworkOptions> options)
{
    public async Task<ActorSpaceView> LoadAsync(HttpContext http, PublishedContent page, CancellationToken ct = default)
    {
        PrivateAnswer.Apply(http);
        var theme = ThemeContext.For(http);
        theme.Meta.ForceNoIndex = true;
        var culture = page.Culture;
        var state = http.Features.Get<ActorSpaceState>() ?? FromQuery(http.Request.Query, culture);
        var identity = await ActorSession.CurrentAsync(http);
        var entry = identity is null ? null : EntryOf(identity.ActorKey, culture);
        if (identity is not null && entry is null)
        {
            // The entry was unpublished or deleted since the link was used: nothing left to edit.
            await ActorSession.SignOutAsync(http);
            identity = null;
            state = state with { Notice = ActorSpaceNotice.EntryGone };
        }

        var settings = options.Value;
        var linkMinutes = (int)Math.Round(settings.SignInLinkLifetime.TotalMinutes);
        if (identity is null || entry is null)
        {
            return new ActorSpaceView(page, state, null, null, null, new ProfileValues(), LabelState.None, null, linkMinutes);
        }

        var latest = await edits.LatestAsync(identity.ActorKey, ct);
        // A pending proposal is what the actor last wrote: editing starts from it, not from the older published text.
        var values = state.Typed
            ?? (latest is { Status: ProfileEditStatus.Pending } ? ProfileValues.FromJson(latest.ValuesJson) : ProfileValues.From(entry));
        var label = LabelOf(entry, theme.Today, settings.RenewalReminderDays);
        var renewal = label is LabelState.ExpiringSoon or LabelState.Expired && links.ApplicationPage(culture)?.Url is { } join
            ? $"{join}?{Network.JoinFields.Renew(culture)}=1"
            : null;
        return new ActorSpaceView(page, state, identity, entry, latest, values, label, renewal, linkMinutes);
    }

    public static LabelState LabelOf(PublishedContent entry, DateOnly today, int reminderDays) =>
        entry.Value<DateOnly?>("labelExpiresOn") is not { } expires ? LabelState.None
        : expires < today ? LabelState.Expired
        : expires <= today.AddDays(reminderDays) ? LabelState.ExpiringSoon
        : LabelState.Valid;

    private PublishedContent? EntryOf(Guid actorKey, string culture) =>
        links.Profile(actorKey, culture) is { ContentType: LabelGranting.ActorType } entry ? entry : null;

    private static ActorSpaceState FromQuery(IQueryCollection query, string culture)
    {
        foreach (var notice in new[] { ActorSpaceNotice.LinkSent, ActorSpaceNotice.ChangeSent, ActorSpaceNotice.SignedOut })
        {
            var (name, value) = ActorSpaceFields.Done(notice, culture);
            if (query[name] == value)
            {
                return new ActorSpaceState(notice);
            }
        }

        return ActorSpaceState.Empty;
    }
}
