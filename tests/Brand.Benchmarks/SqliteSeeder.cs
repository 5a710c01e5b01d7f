using System.Diagnostics;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Brand.Benchmarks;

/// <summary>
/// Fills a SQLite database with a <see cref="GeneratedSite"/> as the engine itself would have left it after
/// creating and publishing every item: node rows with draft and published JSON, segment rows, one version
/// and one Published journal entry each. The schema comes from the engine's migrations; the rows go in
/// through raw prepared ADO.NET commands in one transaction, because EF would take minutes for 100,000.
/// </summary>
internal static class SqliteSeeder
{
    public static async Task<TimeSpan> SeedAsync(string databasePath, GeneratedSite site)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        var connectionString = $"Data Source={databasePath}";
        await using (var db = new BrandDbContextFactory(DatabaseProvider.Sqlite, connectionString).CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await Exec(connection, "PRAGMA synchronous=OFF;");
            await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                Insert(connection, tx, site);
                await tx.CommitAsync();
            }

            // The engine's start-up sets WAL too; the mode is stored in the file. No ANALYZE: the engine never runs it.
            await Exec(connection, "PRAGMA journal_mode=WAL;");
        }

        SqliteConnection.ClearAllPools(); // release the file so the caller can copy or open it at once
        return watch.Elapsed;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction tx, GeneratedSite site)
    {
        using var node = Command(connection, tx, "content_nodes",
            ("Id", SqliteType.Integer), ("Key", SqliteType.Text), ("ParentId", SqliteType.Integer), ("Path", SqliteType.Text),
            ("Level", SqliteType.Integer), ("SortOrder", SqliteType.Integer), ("ContentType", SqliteType.Text),
            ("CreateDate", SqliteType.Text), ("UpdateDate", SqliteType.Text), ("CreatedBy", SqliteType.Text), ("UpdatedBy", SqliteType.Text),
            ("CurrentVersion", SqliteType.Integer), ("DraftJson", SqliteType.Text), ("PublishedJson", SqliteType.Text), ("Trashed", SqliteType.Integer));
        using var segment = Command(connection, tx, "content_segments",
            ("NodeId", SqliteType.Integer), ("Culture", SqliteType.Text), ("ParentId", SqliteType.Integer), ("Segment", SqliteType.Text));
        using var version = Command(connection, tx, "content_versions",
            ("Id", SqliteType.Integer), ("NodeId", SqliteType.Integer), ("Number", SqliteType.Integer), ("CreatedAt", SqliteType.Text),
            ("CreatedBy", SqliteType.Text), ("DataJson", SqliteType.Text), ("Note", SqliteType.Text));
        using var journal = Command(connection, tx, "change_journal",
            ("Id", SqliteType.Integer), ("NodeId", SqliteType.Integer), ("NodeKey", SqliteType.Text), ("Kind", SqliteType.Text),
            ("Cultures", SqliteType.Text), ("CreatedAt", SqliteType.Text), ("CreatedBy", SqliteType.Text));

        foreach (var n in site.Nodes)
        {
            var draft = GeneratedSite.Draft(n).ToJson();
            // Guid and DateTime values are bound as CLR values, so Microsoft.Data.Sqlite writes them exactly as EF
            // does (upper-case TEXT Guid, "yyyy-MM-dd HH:mm:ss.FFFFFFF"); the EF read-back check in seed-db verifies it.
            Run(node, n.Id, n.Key, (object?)n.ParentId ?? DBNull.Value, n.Path, n.Level, n.SortOrder, n.ContentType,
                n.CreateDate, n.UpdateDate, GeneratedSite.Actor, GeneratedSite.Actor, 1, draft, GeneratedSite.Published(n).ToJson(), false);
            Run(segment, n.Id, "fr", n.ParentId ?? ContentSegment.RootParent, n.SegmentFr);
            Run(segment, n.Id, "en", n.ParentId ?? ContentSegment.RootParent, n.SegmentEn);
            Run(version, n.Id, n.Id, 1, n.CreateDate, GeneratedSite.Actor, draft, "created");
            Run(journal, n.Id, n.Id, n.Key, "Published", "fr,en", n.UpdateDate, GeneratedSite.Actor);
        }
    }

    /// <summary>A prepared INSERT whose parameters are reused for every row.</summary>
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string table, params (string Name, SqliteType Type)[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
#pragma warning disable CA2100 // Table and column names are constants of this file; every value is a parameter.
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
#pragma warning restore CA2100
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", columns[i].Type));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant PRAGMA text from this file.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
