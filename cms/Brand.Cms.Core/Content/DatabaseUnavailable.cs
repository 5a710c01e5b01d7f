using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Tells "the database cannot be reached right now" (server down, network cut, file locked) from a bug, so a
/// write that fails for that reason becomes an expected <see cref="OperationStatus.Unavailable"/> with one
/// clear message, and the public site keeps serving its published cache.
/// </summary>
public static class DatabaseUnavailable
{
    public const string Message = "La base de données est injoignable : rien n'a été enregistré, réessayez dans un instant.";

    public const string MessageEn = "The database cannot be reached: nothing was saved, try again in a moment.";

    /// <summary>
    /// True when <paramref name="exception"/> or one it wraps says the database is out of reach. EF Core wraps
    /// provider errors (DbUpdateException, and Npgsql's execution strategy an InvalidOperationException), so
    /// the whole chain is looked at.
    /// </summary>
    public static bool Is(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                // Errors the server itself raised: only those that say "no connection", not a refused statement.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
                            or PostgresErrorCodes.InvalidCatalogName; // the database was dropped or renamed
                // Client side: connection refused, reset, timed out, or the stream broken mid-query.
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SqliteException sqlite:
                    // SQLITE_BUSY, _LOCKED (another process holds the file), _IOERR, _CANTOPEN, _FULL.
                    return sqlite.SqliteErrorCode is 5 or 6 or 10 or 13 or 14;
            }
        }

        return false;
    }
}
