using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>Who signed in to the actor space: the entry they may edit, and the address the link went to.</summary>
public sealed record ActorIdentity(Guid ActorKey, string Email);

/// <summary>
/// Password-free sign-in for actors: they give their e-mail address, and if it is the one the network
/// knows for an entry (the member's sign-in address, or the entry's public address), a link is mailed that
/// works once for <see cref="NetworkOptions.SignInLinkLifetime"/>. The answer is the same whether or not the
/// address is known, so the form tells nobody who is in the network.
/// </summary>
public sealed class ActorSignIn(
    IDbContextFactory<BrandDbContext> contexts,
    PublishedContentCache cache,
    NetworkLinks links,
    MailSender mail,
    IOptions<NetworkOptions> options,
    TimeProvider clock,
    ILogger<ActorSignIn> logger)
{
    /// <summary>At most this many entries share one address (an organisation with several offices); more is a data problem.</summary>
    private const int MaxEntriesPerAddress = 5;

    /// <summary>Mails a link for each entry the address may edit; returns how many (never shown to the visitor).</summary>
    public async Task<int> RequestLinkAsync(string? email, string culture, string? requestBase, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(email) || !MailAddresses.IsOneMailbox(email.Trim()))
        {
            return 0;
        }

        var address = email.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var actorKey in await EntriesForAsync(address, ct))
        {
            var token = SecretToken.New();
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                db.SignInLinks.Add(new SignInLink
                {
                    TokenHash = SecretToken.Hash(token),
                    ActorKey = actorKey,
                    Email = address,
                    CreatedAt = now,
                    ExpiresAt = now + options.Value.SignInLinkLifetime,
                });
                await db.SaveChangesAsync(ct);
            }

            if (links.SignInPath(culture, token) is not { } path)
            {
                logger.LogWarning("No actor space page is published in {Culture}: the sign-in link cannot be sent", culture);
                return sent;
            }

            var name = links.Profile(actorKey, culture)?.Name;
            if (await mail.TrySendAsync(NetworkMail.SignInLink(address, culture, links.Absolute(path, requestBase), options.Value.SignInLinkLifetime, name),
                $"a sign-in link for actor {actorKey}", ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Uses a link: the identity it opens, or null when the token is unknown, used or expired.</summary>
    public async Task<ActorIdentity?> RedeemAsync(string? token, CancellationToken ct = default)
    {
        if (!SecretToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One UPDATE decides: of two clicks at once, only one finds the link unused.
        var taken = await db.SignInLinks.Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAt, now), ct);
        if (taken == 0)
        {
            return null;
        }

        var link = await db.SignInLinks.FirstAsync(l => l.TokenHash == hash, ct);
        return new ActorIdentity(link.ActorKey, link.Email);
    }

    /// <summary>Removes links that can no longer be used (expired a day ago or more).</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SignInLinks.Where(l => l.ExpiresAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>The published entries this address may edit: a member's sign-in address first, else an entry's public one.</summary>
    private async Task<IReadOnlyList<Guid>> EntriesForAsync(string address, CancellationToken ct)
    {
        var normalized = NetworkMember.Normalize(address);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var members = await db.NetworkMembers.Where(m => m.Email == normalized).Select(m => m.ActorKey).ToListAsync(ct);
        var snapshot = cache.Current;
        var byPublicAddress = NetworkLinks.Actors(snapshot)
            .Where(a => string.Equals(a.Value<string>("email"), address, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Key);
        // An entry whose member address differs answers to the member's address only: changing the public
        // address on the entry must not hand the entry to whoever owns the new one.
        var claimed = await db.NetworkMembers.Select(m => m.ActorKey).ToListAsync(ct);
        return members.Concat(byPublicAddress.Where(k => !claimed.Contains(k)))
            .Where(k => snapshot.Cultures.Codes.Any(c => snapshot.GetByKey(k, c) is not null))
            .Distinct().Take(MaxEntriesPerAddress).ToList();
    }
}
