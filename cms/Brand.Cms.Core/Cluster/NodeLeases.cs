using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Cluster;

/// <summary>
/// Leases in the shared database, so work meant to happen once (scheduled publishing) runs on one node only.
/// Taken and renewed by one conditional UPDATE, which SQLite and PostgreSQL both make atomic: of two nodes
/// racing for an expired lease, the second finds the row no longer matching and gets 0 rows. Times come from
/// each node's clock: nodes must keep it synchronised (NTP), a skew of a few seconds only shortens or stretches
/// a take-over by as much.
/// </summary>
public sealed class NodeLeases(IDbContextFactory<BrandDbContext> dbFactory, NodeIdentity node, IOptions<ClusterOptions> options, TimeProvider clock)
{
    /// <summary>How long a job that passes every <paramref name="interval"/> holds its lease: until after its next pass.</summary>
    public TimeSpan For(TimeSpan interval) => interval + options.Value.LeaseDuration;

    /// <summary>
    /// True when this node holds <paramref name="name"/> for the next <see cref="ClusterOptions.LeaseDuration"/>:
    /// it already did (renewed), the holder let it expire (taken over), or nobody had it yet.
    /// </summary>
    public Task<bool> TryAcquireAsync(string name, CancellationToken ct = default) => TryAcquireAsync(name, options.Value.LeaseDuration, ct);

    /// <summary>
    /// The same for <paramref name="duration"/>: a job that passes every N minutes holds its lease for N minutes
    /// plus <see cref="ClusterOptions.LeaseDuration"/>, so the lease outlives the gap until its holder's next pass.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var me = node.Holder;
        await using var db = dbFactory.CreateDbContext();
        var leases = db.Set<NodeLease>();
        var taken = await leases.Where(l => l.Name == name && (l.Holder == me || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await leases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        leases.Add(new NodeLease { Name = name, Holder = me, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the first row at the same moment: the lease is its.
            return false;
        }
    }

    /// <summary>Gives a lease back (at shutdown), so another node takes it at its next pass rather than after expiry.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var me = node.Holder;
        await using var db = dbFactory.CreateDbContext();
        await db.Set<NodeLease>().Where(l => l.Name == name && l.Holder == me)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), ct);
    }

    /// <summary>Who holds <paramref name="name"/> now; null when nobody does or the lease expired.</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreateDbContext();
        return await db.Set<NodeLease>().Where(l => l.Name == name && l.ExpiresAt > now).Select(l => l.Holder).FirstOrDefaultAsync(ct);
    }
}
