using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Runs one content write in one transaction: the change and its journal entries commit together, then
/// the published cache catches up so the writer reads its own publish at once.
/// </summary>
public sealed class ContentStore(IDbContextFactory<BrandDbContext> dbFactory, PublishedContentCache cache, JournalSignal signal, TimeProvider clock)
{
    // Serialises PostgreSQL writers so journal ids commit in id order; a follower reading "id > position"
    // then never skips an entry that committed late. SQLite serialises writers by itself.
    private const long JournalLockKey = 0x6272616e64;

    public TimeProvider Clock => clock;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. An unreachable database (server down, connection cut,
    /// file locked) is an expected failure, <see cref="OperationStatus.Unavailable"/>: the transaction did not
    /// commit, so nothing was written (a connection lost during the commit itself is the one case where the
    /// server may have committed; the journal then carries it to every cache as usual).
    /// </summary>
    public async Task<OperationResult<T>> WriteAsync<T>(Func<WriteScope, Task<OperationResult<T>>> work, CancellationToken ct = default)
    {
        try
        {
            return await WriteInTransactionAsync(work, ct);
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex) && !ct.IsCancellationRequested)
        {
            return OperationResult<T>.Unavailable();
        }
    }

    private async Task<OperationResult<T>> WriteInTransactionAsync<T>(Func<WriteScope, Task<OperationResult<T>>> work, CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        OperationResult<T> result;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({JournalLockKey})", ct);
            }

            result = await work(new WriteScope(db, clock.GetUtcNow().UtcDateTime));
            if (!result.Succeeded)
            {
                await tx.RollbackAsync(ct);
                return result;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return OperationResult<T>.Conflict("Someone else saved this item at the same moment; nothing was overwritten. Reload it and try again.");
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex))
            {
                // Two writers took the same URL segment or key at once; the database refused the second.
                return OperationResult<T>.Conflict("Another item took the same URL segment or key at the same moment; nothing was saved. Try again.");
            }
        }

        await cache.CatchUpAsync(ct);
        signal.Raise();
        return result;
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public async Task<T> ReadAsync<T>(Func<BrandDbContext, Task<T>> read)
    {
        await using var db = dbFactory.CreateDbContext();
        return await read(db);
    }
}

/// <summary>The database context and the clock reading of one write.</summary>
public sealed class WriteScope(BrandDbContext db, DateTime now)
{
    public BrandDbContext Db { get; } = db;
    public DateTime Now { get; } = now;

    public Task<ContentNode?> NodeAsync(int id) => Db.Nodes.FirstOrDefaultAsync(n => n.Id == id);

    public Task<List<ContentNode>> DescendantsAsync(ContentNode node) =>
        Db.Nodes.Where(n => n.Path.StartsWith(node.Path + ",")).OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync();

    /// <summary>Puts a node under a new parent (null: the root); its subtree's paths and levels follow. Returns the descendants.</summary>
    public async Task<List<ContentNode>> ReparentAsync(ContentNode node, ContentNode? parent)
    {
        var descendants = await DescendantsAsync(node);
        var oldPath = node.Path;
        var levelShift = (parent?.Level ?? 0) + 1 - node.Level;
        node.ParentId = parent?.Id;
        node.Path = parent is null ? $"{node.Id}" : $"{parent.Path},{node.Id}";
        node.Level += levelShift;
        foreach (var descendant in descendants)
        {
            descendant.Path = node.Path + descendant.Path[oldPath.Length..];
            descendant.Level += levelShift;
        }

        return descendants;
    }

    public void Journal(ContentNode node, JournalKind kind, IEnumerable<string>? cultures, string actor) =>
        Db.Journal.Add(new JournalEntry
        {
            NodeId = node.Id,
            NodeKey = node.Key,
            Kind = kind,
            Cultures = cultures is null ? "" : string.Join(',', cultures),
            CreatedAt = Now,
            CreatedBy = actor,
        });

    /// <summary>Records a new version of the draft and bumps the concurrency token.</summary>
    public void AddVersion(ContentNode node, DocumentData draft, string actor, string note)
    {
        node.CurrentVersion++;
        node.DraftJson = draft.ToJson();
        node.UpdateDate = Now;
        node.UpdatedBy = actor;
        Db.Versions.Add(new ContentVersion
        {
            NodeId = node.Id,
            Number = node.CurrentVersion,
            CreatedAt = Now,
            CreatedBy = actor,
            DataJson = node.DraftJson,
            Note = note,
        });
        Journal(node, JournalKind.Saved, null, actor);
    }
}
