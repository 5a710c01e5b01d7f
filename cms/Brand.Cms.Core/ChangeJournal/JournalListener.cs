using System.Globalization;
using Brand.Cms.Core.Cluster;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Brand.Cms.Core.ChangeJournal;

/// <summary>
/// On PostgreSQL, wakes this node as soon as any node commits journal entries: a trigger on change_journal
/// sends <see cref="Channel"/> with the highest new id (migration "Cluster"), and this service LISTENs on one
/// dedicated connection. The cache then catches up and the search indexes are woken, in tens of milliseconds
/// instead of at the next poll. Polling (<see cref="PublishedCacheFollower"/>, the index worker) stays on as
/// the fallback: while this connection is down nothing is lost, only slower. Does nothing on SQLite (one node).
/// </summary>
public sealed class JournalListener(IDbContextFactory<BrandDbContext> dbFactory, PublishedContentCache cache, JournalSignal signal,
    NodeIdentity node, IOptions<ClusterOptions> options, TimeProvider clock, ILogger<JournalListener> logger) : BackgroundService
{
    public const string Channel = "brand_journal";

    /// <summary>The application_name of the listening connection, so an operator (or a test) finds it in pg_stat_activity.</summary>
    public string ApplicationName
    {
        get
        {
            // PostgreSQL keeps 63 bytes of it.
            var name = "brand-listener " + node.Name;
            return name.Length <= 63 ? name : name[..63];
        }
    }

    /// <summary>Whether the LISTEN connection is up; when false, changes of other nodes arrive by polling.</summary>
    public bool IsListening { get; private set; }

    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    // A silent network cut leaves WaitAsync waiting forever: after this long without news, the connection is asked to answer.
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var db = dbFactory.CreateDbContext())
        {
            if (db.Provider != DatabaseProvider.Postgres)
            {
                return;
            }

            connectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
            {
                ApplicationName = ApplicationName,
                // Its own physical connection: LISTEN belongs to a session, which a pool would hand to others.
                Pooling = false,
            }.ConnectionString;
        }

        var firstRetry = options.Value.ListenerRetry;
        var retry = firstRetry;
        DateTimeOffset? lostAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, onListening: () =>
                {
                    if (lostAt is { } since)
                    {
                        logger.LogInformation("Journal notifications restored after {Seconds:0.#} s; polling was covering meanwhile",
                            (clock.GetUtcNow() - since).TotalSeconds);
                    }

                    lostAt = null;
                    retry = firstRetry;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                IsListening = false;
                // Once per outage: a database down for an hour must not fill the log with one line per retry.
                if (lostAt is null)
                {
                    lostAt = clock.GetUtcNow();
                    logger.LogWarning(ex, "Journal notifications lost ({Reason}); following other nodes' changes by polling until the connection is back",
                        ex.Message);
                }
                else
                {
                    logger.LogDebug(ex, "Journal notifications still unavailable; next try in {Retry}", retry);
                }
            }

            try
            {
                await Task.Delay(retry, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            retry = TimeSpan.FromTicks(Math.Max(firstRetry.Ticks, Math.Min(retry.Ticks * 2, LastRetry.Ticks)));
        }
    }

    private async Task ListenAsync(string connectionString, Action onListening, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        long newest = 0;
        connection.Notification += (_, e) =>
        {
            // Several commits between two waits make one catch-up; an empty payload means "something, look".
            var id = long.TryParse(e.Payload, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue;
            newest = Math.Max(newest, id);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        IsListening = true;
        onListening();
        // What was committed while nobody listened (start-up, an outage) sent notifications to no one.
        await FollowAsync(long.MaxValue, ct);
        while (true)
        {
            if (!await connection.WaitAsync(Heartbeat, ct))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(ct);
                if (newest == 0)
                {
                    continue;
                }

                // A notification delivered during the ping itself: followed now, not at the next one.
            }

            var upTo = newest;
            newest = 0;
            await FollowAsync(upTo, ct);
        }
    }

    /// <summary>
    /// Brings the cache up to <paramref name="upTo"/> and wakes the indexes. A write of this node has already been
    /// applied by its writer (ContentStore catches up and raises the signal after its commit): its notification
    /// finds the cache there and costs nothing.
    /// </summary>
    private async Task FollowAsync(long upTo, CancellationToken ct)
    {
        if (cache.IsReady && cache.Current.Position >= upTo)
        {
            return;
        }

        try
        {
            await cache.CatchUpAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cache records the error for /health; the next poll or notification tries again. The connection is fine.
            logger.LogDebug(ex, "Catching up after a journal notification failed");
            return;
        }

        signal.Raise();
    }
}
