using System.Globalization;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>The directory entry a grant made or renewed.</summary>
public sealed record GrantedLabel(Guid ActorKey, string LabelNumber, DateOnly GrantedOn, DateOnly ExpiresOn);

/// <summary>
/// What granting the label does to the directory: creates the labelled actor's entry from the application
/// (or, for a renewal, updates the existing one), gives it a label number, the granted date (today in
/// Paris) and the expiry date (<see cref="NetworkOptions.LabelValidityMonths"/> later, the day before), and
/// publishes it in every culture. The applicant's description goes into both languages until a translator
/// writes the English one.
/// </summary>
public sealed class LabelGranting(
    IDbContextFactory<BrandDbContext> contexts,
    ContentEditor editor,
    ContentQueries queries,
    PublishingService publishing,
    PublishedContentCache cache,
    ApplicationRules rules,
    FranceGeography geography,
    IOptions<NetworkOptions> options,
    TimeProvider clock)
{
    public const string ActorType = "labelledActor";
    public const string FolderType = "actorsFolder";

    public async Task<OperationResult<GrantedLabel>> GrantAsync(LabelApplication application, string by, CancellationToken ct = default)
    {
        var today = ParisCalendar.Today(clock);
        var existing = application.ActorKey is { } key ? await queries.GetByKeyAsync(key) : null;
        if (existing is { Trashed: true })
        {
            return OperationResult<GrantedLabel>.NotAllowed("The directory entry this application renews is in the recycle bin; restore it first.");
        }

        if (existing is not null && HasUnpublishedChanges(existing))
        {
            // Publishing the renewal would publish someone's unfinished edit with it.
            return OperationResult<GrantedLabel>.NotAllowed($"The directory entry has unpublished changes saved by {existing.UpdatedBy}; publish or roll them back first.");
        }

        var folder = FolderId();
        if (existing is null && folder is null)
        {
            return OperationResult<GrantedLabel>.NotAllowed("No directory folder (actorsFolder) is published: the new entry would have no place.");
        }

        // An early renewal loses nothing: the new period starts the day after the current one ends.
        var current = existing?.Published?.Get("labelExpiresOn", DocumentData.Invariant)?.GetValue<string>() is { } iso
            && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var startsOn = current is { } end && end >= today ? end.AddDays(1) : today;
        var expiresOn = ExpiryFor(startsOn);
        var actorKey = existing?.Key ?? Guid.NewGuid();
        var number = existing?.Draft.Get("labelNumber", DocumentData.Invariant)?.GetValue<string>();
        var (claimed, isNewMember) = await ClaimNumberAsync(application, actorKey, number, today.Year, ct);

        var data = existing?.Draft.Clone() ?? NewEntry(application);
        data.Set("labelNumber", DocumentData.Invariant, claimed);
        data.Set("labelGrantedOn", DocumentData.Invariant, Iso(today));
        data.Set("labelExpiresOn", DocumentData.Invariant, Iso(expiresOn));
        var saved = existing is null
            ? await editor.CreateAsync(new NewContent(ActorType, folder, data, by, actorKey), ct)
            : await editor.SaveAsync(existing.Id, existing.Version, data, by, "label renewed", ct);
        if (!saved.Succeeded)
        {
            if (isNewMember)
            {
                await ForgetMemberAsync(actorKey, ct); // the number goes back to the pool
            }

            return saved.As<GrantedLabel>();
        }

        // From here the entry exists: a retry after a failed publish must update it, not make a second one.
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.LabelApplications.Where(a => a.Id == application.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.ActorKey, actorKey), ct);
        }

        var published = await publishing.PublishAsync(saved.Value!.Id, null, by, ct: ct);
        return published.Succeeded
            ? OperationResult<GrantedLabel>.Ok(new GrantedLabel(actorKey, claimed, today, expiresOn))
            : published.As<GrantedLabel>();
    }

    /// <summary>Whether the draft holds changes the public does not see yet (dates of publication aside).</summary>
    public static bool HasUnpublishedChanges(ContentItem item)
    {
        if (item.Published is null)
        {
            return true;
        }

        var published = item.Published.Clone();
        published.PublishDates = null;
        return !System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(item.Draft.ToJson()), System.Text.Json.Nodes.JsonNode.Parse(published.ToJson()));
    }

    private async Task ForgetMemberAsync(Guid actorKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.NetworkMembers.Where(m => m.ActorKey == actorKey).ExecuteDeleteAsync(ct);
    }

    /// <summary>The last day of validity of a label granted (or renewed) on <paramref name="grantedOn"/>.</summary>
    public DateOnly ExpiryFor(DateOnly grantedOn) => grantedOn.AddMonths(options.Value.LabelValidityMonths).AddDays(-1);

    private int? FolderId()
    {
        var cultures = cache.Current.Cultures.Codes;
        return cultures.Select(c => cache.Current.OfType(FolderType, c).FirstOrDefault()?.Id).FirstOrDefault(id => id is not null);
    }

    private DocumentData NewEntry(LabelApplication application)
    {
        var data = new DocumentData();
        var profile = ProfileValues.Of(application);
        var regions = rules.RegionsOf(profile.Departments);
        foreach (var culture in cache.Current.Cultures.Codes)
        {
            data.Names[culture] = application.Organisation;
            profile.ApplyTo(data, culture, regions);
        }

        data.Set("kind", DocumentData.Invariant, application.Kind);
        // The postcode's commune puts the entry on the map; "about there" is enough for a directory.
        if (geography.CommunesForPostcode(application.Postcode) is [var commune, ..])
        {
            data.Set("location", DocumentData.Invariant, new JsonObject { ["lat"] = commune.Centre.Lat, ["lon"] = commune.Centre.Lon });
        }

        return data;
    }

    /// <summary>
    /// Records the member with its label number, keeping the one it has; a new number is the year's highest
    /// (in the network and in entries typed by editors) plus one, and the unique index turns a race between
    /// two grants into a retry with the next number.
    /// </summary>
    private async Task<(string Number, bool IsNewMember)> ClaimNumberAsync(LabelApplication application, Guid actorKey, string? current, int year, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var member = await db.NetworkMembers.AsTracking().FirstOrDefaultAsync(m => m.ActorKey == actorKey, ct);
            var number = current ?? member?.LabelNumber ?? await NextNumberAsync(db, year, ct);
            var isNew = member is null;
            if (member is null)
            {
                member = new NetworkMember { ActorKey = actorKey, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.NetworkMembers.Add(member);
            }

            member.Email = NetworkMember.Normalize(application.Email);
            member.Culture = application.Culture;
            member.ApplicationId = application.Id;
            member.LabelNumber = number;
            try
            {
                await db.SaveChangesAsync(ct);
                return (number, isNew);
            }
            catch (DbUpdateException) when (attempt < 5 && current is null)
            {
                // Someone took that number a moment ago: the next attempt counts again.
            }
        }
    }

    private async Task<string> NextNumberAsync(BrandDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"CC-{year.ToString(CultureInfo.InvariantCulture)}-";
        var taken = await db.NetworkMembers.Where(m => m.LabelNumber != null && m.LabelNumber.StartsWith(prefix)).Select(m => m.LabelNumber!).ToListAsync(ct);
        var snapshot = cache.Current;
        taken.AddRange(NetworkLinks.Actors(snapshot)
            .Select(a => a.Value<string>("labelNumber")).OfType<string>().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)));
        var highest = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return prefix + (highest + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
