using Microsoft.Data.Sqlite;

namespace Brand.Cms.Backups;

/// <summary>SQLite's online backup API, and the checks around it.</summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the live database page by page into <paramref name="destination"/>. Microsoft.Data.Sqlite runs
    /// sqlite3_backup_step(-1): one read transaction over the whole copy, so the copy is the database as of one
    /// commit, while the site keeps reading and (in WAL mode) writing. The copy is then turned into a single
    /// self-contained file (journal mode DELETE; the site switches it back to WAL when it opens it).
    /// </summary>
    public static void Copy(string connectionString, string destination)
    {
        using var source = new SqliteConnection(WithoutPooling(connectionString));
        // Built, not formatted: a folder name with ';' or '=' would otherwise be read as connection-string syntax.
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        source.Open();
        target.Open();
        // backup_step answers SQLITE_BUSY/LOCKED at once when the site holds a lock at that instant (a checkpoint,
        // a write just starting; Microsoft.Data.Sqlite retries commands, not backups): SQLite says retry later.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(target);
                break;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < 100)
            {
                Thread.Sleep(100);
            }
        }

        Execute(target, "PRAGMA journal_mode=DELETE;");
    }

    /// <summary>"ok", or SQLite's list of what is wrong.</summary>
    public static string IntegrityCheck(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>
    /// True when another connection has the database open. Leaving WAL mode needs every other connection
    /// closed (each holds a shared lock while open, pooled idle ones included), so the attempt answers
    /// "database is locked" exactly when someone is using it. Only called on a database about to be replaced.
    /// </summary>
    public static bool InUse(string file)
    {
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadWrite);
            Execute(connection, "PRAGMA busy_timeout=0;");
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            return !string.Equals(command.ExecuteScalar() as string, "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return true;
        }
    }

    public static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static string WithoutPooling(string connectionString) =>
        // A pooled connection would stay open after the command and hold its shared lock.
        new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
