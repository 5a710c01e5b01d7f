using System.Data.Common;
using System.Globalization;

namespace Brand.Cms.Backups;

/// <summary>What the manifest says about a database: rows per table and the change-journal position, on either provider.</summary>
public static class DatabaseSummary
{
    public const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

    public const string PostgresTables =
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

    /// <summary>Rows per table (EF's history tables left out) and the last journal entry.</summary>
    public static (IReadOnlyDictionary<string, long> Counts, long JournalPosition) Read(DbConnection connection, string tablesQuery)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = tablesQuery;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !t.StartsWith("__", StringComparison.Ordinal)))
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        using var journal = connection.CreateCommand();
        journal.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) FROM change_journal";
        var position = Convert.ToInt64(journal.ExecuteScalar(), CultureInfo.InvariantCulture);
        return (counts, position);
    }
}
