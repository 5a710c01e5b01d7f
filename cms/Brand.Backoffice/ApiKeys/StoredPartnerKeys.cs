using System.Collections.Frozen;
using Brand.Backoffice.Storage;
using Brand.PublicApi.Access;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.ApiKeys;

/// <summary>
/// The public API's view of the keys made in the backoffice: a snapshot in memory (hash → label) of the
/// keys not revoked, because it is asked on every keyed request and must answer synchronously. This node
/// reloads it right after a create or revoke; <see cref="PartnerKeyRefresher"/> reloads it every few seconds
/// for the changes made on other nodes.
/// </summary>
public sealed class StoredPartnerKeys(IDbContextFactory<BackofficeDbContext> dbFactory) : IPartnerKeySource
{
    private volatile FrozenDictionary<string, string> _partnerByHash = FrozenDictionary<string, string>.Empty;

    public string? PartnerOfHash(string sha256) => _partnerByHash.GetValueOrDefault(sha256);

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateDbContext();
        var active = await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null)
            .Select(k => new { k.Sha256, k.Label }).ToListAsync(ct);
        _partnerByHash = active.ToFrozenDictionary(k => k.Sha256, k => k.Label, StringComparer.Ordinal);
    }
}
