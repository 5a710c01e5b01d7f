using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Brand.Cms.Core.Cluster;

/// <summary>
/// On PostgreSQL, makes the nodes of a cluster that start together (a rolling deployment, an orchestrator
/// starting every replica) migrate and seed one after the other: without it two nodes on an empty database
/// would both find it empty and both import the seed. A session-level advisory lock on its own unpooled
/// connection: a node that dies while holding it releases it with its connection. SQLite has one node.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // Any fixed number, the same on every node: it names the lock, it is not a row.
    private const long Key = 0x4252414E44;
    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(BrandDbContext db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres)
        {
            return new StartupLock(null);
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            // No command timeout: a node waits as long as another one migrates and seeds a large database.
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
            await take.ExecuteNonQueryAsync(ct);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock; no unlock statement to forget on an error path.
            await _connection.DisposeAsync();
        }
    }
}
