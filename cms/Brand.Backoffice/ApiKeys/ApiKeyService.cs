using Brand.Backoffice.Audit;
using Brand.Backoffice.Storage;
using Brand.PublicApi.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.ApiKeys;

/// <summary>The outcome of creating a key: the key itself, to show once, and what is stored of it.</summary>
public sealed record CreatedApiKey(string Key, ApiKeyRecord Record);

/// <summary>
/// Creates, lists and revokes partner API keys. Only the hash is stored; the audit log names the key by its
/// id, label and prefix, never the key. Each change reloads this node's <see cref="StoredPartnerKeys"/> at once.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<BackofficeDbContext> dbFactory, StoredPartnerKeys keys, AuditLog audit, TimeProvider clock)
{
    public const int LabelMaxLength = 100;

    /// <summary>"cc_" and four characters: enough to tell keys apart, far too little to guess one.</summary>
    private const int PrefixLength = 7;

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateDbContext();
        var all = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        return [.. all.OrderBy(k => k.RevokedAt.HasValue).ThenByDescending(k => k.CreatedAt)];
    }

    public async Task<CreatedApiKey> CreateAsync(HttpContext http, string label, string actor, CancellationToken ct = default)
    {
        var key = PartnerKeys.NewKey();
        var record = new ApiKeyRecord
        {
            Label = label.Trim(),
            Sha256 = PartnerKeys.Hash(key),
            Prefix = key[..PrefixLength],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
        };
        await using (var db = dbFactory.CreateDbContext())
        {
            db.ApiKeys.Add(record);
            await db.SaveChangesAsync(ct);
        }

        await keys.ReloadAsync(ct);
        await audit.RecordAsync(http, "apikey.create", $"apikey:{record.Id}", AuditOutcome.Succeeded,
            after: $"{record.Label} ({record.Prefix}…)");
        return new CreatedApiKey(key, record);
    }

    /// <summary>False when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(HttpContext http, int id, string actor, CancellationToken ct = default)
    {
        ApiKeyRecord? record;
        await using (var db = dbFactory.CreateDbContext())
        {
            record = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
            if (record is null || record.RevokedAt is not null)
            {
                return false;
            }

            record.RevokedAt = clock.GetUtcNow().UtcDateTime;
            record.RevokedBy = actor;
            await db.SaveChangesAsync(ct);
        }

        await keys.ReloadAsync(ct);
        await audit.RecordAsync(http, "apikey.revoke", $"apikey:{record.Id}", AuditOutcome.Succeeded,
            before: $"{record.Label} ({record.Prefix}…) active", after: "revoked");
        return true;
    }
}
