using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>
/// Reminds actors to renew: once per expiry date, <see cref="NetworkOptions.RenewalReminderDays"/> before it
/// (or later, if the reminder could not leave then). The date is read from the published entry, where
/// editors and renewals set it; a renewal moves it, so the next reminder is due again in two years.
/// </summary>
public sealed class LabelRenewals(
    IDbContextFactory<BrandDbContext> contexts,
    PublishedContentCache cache,
    NetworkLinks links,
    MailSender mail,
    IOptions<NetworkOptions> options,
    TimeProvider clock)
{
    /// <summary>Sends the reminders due today; returns how many left.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var today = ParisCalendar.Today(clock);
        var horizon = today.AddDays(options.Value.RenewalReminderDays);
        var snapshot = cache.Current;
        var due = NetworkLinks.Actors(snapshot)
            .Select(a => (Actor: a, Expires: a.Value<DateOnly?>("labelExpiresOn")))
            .Where(x => x.Expires is { } e && e >= today && e <= horizon)
            .ToList();
        var sent = 0;
        foreach (var (actor, expires) in due)
        {
            var expiry = expires!.Value;
            var member = await ClaimAsync(actor, expiry, ct);
            if (member is null)
            {
                continue;
            }

            var culture = member.Culture;
            var space = links.ActorSpace(culture)?.Url is { } path ? links.Absolute(path, null) : null;
            var name = (actor.InCulture(culture) ?? actor).Name;
            if (await mail.TrySendAsync(NetworkMail.RenewalReminder(member.Email, culture, name, expiry, space), $"the renewal reminder of actor {actor.Key}", ct))
            {
                sent++;
                continue;
            }

            // Not sent: the claim is given back, and the next sweep tries again.
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.NetworkMembers.Where(m => m.ActorKey == actor.Key)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.RemindedFor, (DateOnly?)null), ct);
        }

        return sent;
    }

    /// <summary>
    /// Marks the member as reminded of this expiry, unless it already was; the conditional UPDATE makes two
    /// nodes sweeping at once send one reminder. Entries typed by editors become members here, with their
    /// public address. Null: nothing to send (already reminded, or no address at all).
    /// </summary>
    private async Task<NetworkMember?> ClaimAsync(PublishedContent actor, DateOnly expiry, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var claimed = await db.NetworkMembers.Where(m => m.ActorKey == actor.Key && (m.RemindedFor == null || m.RemindedFor != expiry))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.RemindedFor, expiry), ct);
        if (claimed == 1)
        {
            return await db.NetworkMembers.FirstAsync(m => m.ActorKey == actor.Key, ct);
        }

        if (await db.NetworkMembers.AnyAsync(m => m.ActorKey == actor.Key, ct) || actor.Value<string>("email") is not { Length: > 0 } email)
        {
            return null;
        }

        var member = new NetworkMember { ActorKey = actor.Key, Email = NetworkMember.Normalize(email), Culture = "fr", RemindedFor = expiry, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.NetworkMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(ct);
            return member;
        }
        catch (DbUpdateException)
        {
            return null; // another node made it a member a moment ago, and reminds it
        }
    }
}
