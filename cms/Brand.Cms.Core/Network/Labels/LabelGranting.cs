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
        var grantedOn = ParisCalendar.Today(clock);
        var expiresOn = ExpiryFor(grantedOn);
        var existing = application.ActorKey is { } key ? await queries.GetByKeyAsync(key) : null;
        if (existing is { Trashed: true })
        {
            return OperationResult<GrantedLabel>.NotAllowed("The directory entry this application renews is in the recycle bin; restore it first.");
        }

        var actorKey = existing?.Key ?? Guid.NewGuid();
        var number = existing?.Draft.Get("labelNumber", DocumentData.Invariant)?.GetValue<string>();
        number = await ClaimNumberAsync(application, actorKey, number, grantedOn.Year, ct);

        var data = existing?.Draft.Clone() ?? NewEntry(application);
        data.Set("labelNumber", DocumentData.Invariant, number);
        data.Set("labelGrantedOn", DocumentData.Invariant, Iso(grantedOn));
        data.Set("labelExpiresOn", DocumentData.Invariant, Iso(expiresOn));
        var saved = existing is null
            ? await editor.CreateAsync(new NewContent(ActorType, FolderId(), data, by, actorKey), ct)
            : await editor.SaveAsync(existing.Id, existing.Version, data, by, "label renewed", ct);
        if (!saved.Succeeded)
        {
            return saved.As<GrantedLabel>();
        }

        var published = await publishing.PublishAsync(saved.Value!.Id, null, by, ct: ct);
        return published.Succeeded
            ? OperationResult<GrantedLabel>.Ok(new GrantedLabel(actorKey, number, grantedOn, expiresOn))
            : published.As<GrantedLabel>();
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
    private async Task<string> ClaimNumberAsync(LabelApplication application, Guid actorKey, string? current, int year, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var member = await db.NetworkMembers.AsTracking().FirstOrDefaultAsync(m => m.ActorKey == actorKey, ct);
            var number = current ?? member?.LabelNumber ?? await NextNumberAsync(db, year, ct);
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
                return number;
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
        taken.AddRange(snapshot.Cultures.Codes.Take(1).SelectMany(c => snapshot.OfType(ActorType, c))
            .Select(a => a.Value<string>("labelNumber")).OfType<string>().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)));
        var highest = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return prefix + (highest + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
