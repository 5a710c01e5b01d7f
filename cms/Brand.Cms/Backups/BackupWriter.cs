using System.Globalization;
using Brand.Cms.Core.Storage;
using Npgsql;

namespace Brand.Cms.Backups;

public enum BackupStatus
{
    Done,
    /// <summary>The folder already holds files: a backup is never mixed into another one.</summary>
    FolderNotEmpty,
    /// <summary>No database where the configuration points (a wrong DataPath or connection string).</summary>
    NoDatabase,
    /// <summary>The copy of the database failed its integrity check.</summary>
    DatabaseDamaged,
    /// <summary>PostgreSQL without pg_dump, or pg_dump failed: the files are saved, the database is not.</summary>
    DumpFailed,
}

public sealed record BackupResult(BackupStatus Status, string Message, BackupManifest? Manifest = null);

/// <summary>
/// `backup DIR`: the database first (one consistent snapshot), then the shared files, then manifest.json.
/// Files are copied after the snapshot so every media file the database names is there; a file uploaded since
/// is simply extra. Uploads are written under a temporary name and renamed, so no half-written file is copied
/// (the temporary ones, ".upload-*.tmp", are left out).
/// </summary>
public sealed class BackupWriter(BackupLocation location, TextWriter output, TimeProvider? clock = null)
{
    public async Task<BackupResult> WriteAsync(string folder, CancellationToken ct = default)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return new(BackupStatus.FolderNotEmpty, $"{folder} n'est pas vide : choisissez un dossier neuf pour chaque sauvegarde.");
        }

        if (location.Provider == DatabaseProvider.Sqlite && !File.Exists(location.SqliteFile))
        {
            // Opening it would create an empty database there, and the backup would save nothing.
            return new(BackupStatus.NoDatabase, $"Aucune base SQLite à {location.SqliteFile} : vérifiez Brand__DataPath ou ConnectionStrings__Brand.");
        }

        // Owner only: a backup holds the whole database (password hashes, contacts, the data-protection key ring) and applicants' PDFs.
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var started = (clock ?? TimeProvider.System).GetUtcNow();
        var files = new List<BackupFile>();
        IReadOnlyDictionary<string, long> counts;
        long position;
        string database;
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            database = "brand.db";
            var target = Path.Combine(folder, database);
            output.WriteLine($"database: SQLite backup API, {location.SqliteFile} -> {target}");
            SqliteBackup.Copy(location.ConnectionString, target);
            var integrity = SqliteBackup.IntegrityCheck(target);
            if (integrity != "ok")
            {
                return new(BackupStatus.DatabaseDamaged, $"La copie de la base ne passe pas integrity_check : {integrity}");
            }

            using (var copy = SqliteBackup.Open(target, Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly))
            {
                (counts, position) = DatabaseSummary.Read(copy, DatabaseSummary.SqliteTables);
            }

            files.Add(Describe(folder, database));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {files[0].Size / 1048576.0:0.0} MiB, integrity ok, journal position {position}"));
        }
        else
        {
            database = PostgresTools.DumpFile;
            await using (var connection = new NpgsqlConnection(location.ConnectionString))
            {
                await connection.OpenAsync(ct);
                (counts, position) = DatabaseSummary.Read(connection, DatabaseSummary.PostgresTables);
            }

            var target = Path.Combine(folder, database);
            var command = PostgresTools.DumpCommand(location.ConnectionString, target);
            var pgDump = PostgresTools.Find("pg_dump");
            if (pgDump is null)
            {
                output.WriteLine("database: pg_dump not found (PATH, /usr/lib/postgresql/*/bin). Run, with the password in PGPASSWORD or ~/.pgpass:");
                output.WriteLine("  " + command);
                CopySharedFiles(folder, files);
                return new(BackupStatus.DumpFailed, "pg_dump introuvable : les fichiers sont sauvegardés, pas la base (commande ci-dessus).");
            }

            output.WriteLine($"database: {pgDump} --format=custom --no-owner (journal position {position} or later)");
            var (exit, errors) = await PostgresTools.RunAsync(pgDump, location.ConnectionString, ["--format=custom", "--no-owner", $"--file={target}"], ct);
            if (exit != 0)
            {
                return new(BackupStatus.DumpFailed, $"pg_dump a échoué ({exit}) : {errors}");
            }

            files.Add(Describe(folder, database));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {files[0].Size / 1048576.0:0.0} MiB dump"));
        }

        CopySharedFiles(folder, files);
        var manifest = new BackupManifest
        {
            CreatedUtc = started,
            Provider = location.Provider,
            Database = database,
            JournalPosition = position,
            Counts = counts,
            Files = files,
        };
        manifest.Write(folder);
        var total = files.Sum(f => f.Size);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"backup done: {folder}, {files.Count} files, {total / 1048576.0:0.0} MiB, {counts.GetValueOrDefault("content_nodes")} content items, journal position {position}"));
        return new(BackupStatus.Done, folder, manifest);
    }

    private void CopySharedFiles(string folder, List<BackupFile> files)
    {
        foreach (var (name, source) in location.SharedFolders)
        {
            if (!Directory.Exists(source))
            {
                continue;
            }

            var copied = 0;
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                if (Path.GetFileName(file).StartsWith(".upload-", StringComparison.Ordinal))
                {
                    continue; // an upload in progress, not yet a media item
                }

                var relative = "shared/" + name + "/" + Path.GetRelativePath(source, file).Replace('\\', '/');
                var target = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Copy(file, target);
                }
                catch (FileNotFoundException)
                {
                    continue; // deleted since it was listed: its item is gone from the database too
                }

                files.Add(Describe(folder, relative));
                if (++copied % 500 == 0)
                {
                    output.WriteLine($"{name}: {copied} files");
                }
            }

            output.WriteLine($"{name}: {copied} files");
        }
    }

    private static BackupFile Describe(string folder, string relative)
    {
        var path = Path.Combine(folder, relative);
        return new BackupFile(relative, new FileInfo(path).Length, BackupManifest.Sha256(path));
    }
}
