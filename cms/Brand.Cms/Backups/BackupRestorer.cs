using System.Globalization;
using Brand.Cms.Core.Storage;

namespace Brand.Cms.Backups;

public enum RestoreStatus
{
    Done,
    /// <summary>No manifest.json, or one of another format: not a finished backup.</summary>
    NotABackup,
    /// <summary>A file is missing or its size or SHA-256 differs from the manifest's.</summary>
    Corrupt,
    /// <summary>The target already holds a database or shared files, and --force was not given.</summary>
    TargetNotEmpty,
    /// <summary>A process has the target database open.</summary>
    DatabaseInUse,
    /// <summary>The backup is of the other database provider than the one configured.</summary>
    WrongProvider,
    /// <summary>Staging or swapping failed (disk full, permissions): what was there before is back in place.</summary>
    Failed,
}

public sealed record RestoreResult(RestoreStatus Status, string Message);

/// <summary>
/// `restore DIR [--force]`: checks the whole backup before touching anything, stages every part beside its
/// destination (same folder, so same file system), then swaps them in by renames. What was there before is
/// kept beside it as NAME.before-restore-STAMP, never deleted. The search indexes are moved aside too: they
/// describe the old database, and the site rebuilds them from the restored one when it starts.
/// </summary>
public sealed class BackupRestorer(BackupLocation location, TextWriter output, TimeProvider? clock = null)
{
    public RestoreResult Restore(string folder, bool force)
    {
        folder = Path.GetFullPath(folder);
        var manifest = BackupManifest.Read(folder);
        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat)
        {
            return new(RestoreStatus.NotABackup, $"{Path.Combine(folder, BackupManifest.FileName)} est absent ou d'un autre format : ce dossier n'est pas une sauvegarde terminée.");
        }

        if (manifest.Provider != location.Provider)
        {
            return new(RestoreStatus.WrongProvider, $"Sauvegarde {manifest.Provider}, base configurée {location.Provider}.");
        }

        output.WriteLine($"checking {manifest.Files.Count} files of the backup of {manifest.CreatedUtc:u} (journal position {manifest.JournalPosition})");
        if (Verify(folder, manifest) is { } corrupt)
        {
            return corrupt;
        }

        var sqlite = location.Provider == DatabaseProvider.Sqlite;
        var occupied = (sqlite && File.Exists(location.SqliteFile) && new FileInfo(location.SqliteFile).Length > 0)
            || location.SharedFolders.Any(f => Directory.Exists(f.Path) && Directory.EnumerateFileSystemEntries(f.Path).Any());
        if (occupied && !force)
        {
            return new(RestoreStatus.TargetNotEmpty,
                $"La destination contient déjà des données ({(sqlite ? location.SqliteFile + ", " : "")}{location.SharedRoot}) : relancez avec --force pour les remplacer (elles seront gardées à côté).");
        }

        // Even with --force: a running site keeps its open file, so it would go on serving and writing the old
        // database, now renamed away, and lose those writes. Stop the site first.
        if (sqlite && File.Exists(location.SqliteFile) && SqliteBackup.InUse(location.SqliteFile))
        {
            return new(RestoreStatus.DatabaseInUse, $"{location.SqliteFile} est ouverte par un autre processus : arrêtez le site avant de restaurer.");
        }

        var stamp = (clock ?? TimeProvider.System).GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var swaps = new List<(string Staged, string Destination)>();
        try
        {
            Stage(folder, manifest, swaps);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            RemoveStaged(swaps);
            return new(RestoreStatus.Failed, $"Préparation de la restauration impossible ({ex.Message}) : rien n'a été modifié.");
        }

        // The swap: old parts aside (with the database's -wal and -shm, which belong to the old file and would
        // corrupt the new one), staged parts in. Renames in one folder, so each one is atomic; if one fails,
        // those done are undone in reverse, so the data folder is never left without its database.
        var aside = new List<(string Original, string Aside)>();
        var placed = new List<(string Staged, string Destination)>();
        try
        {
            foreach (var (_, destination) in swaps)
            {
                foreach (var old in new[] { destination, destination + "-wal", destination + "-shm" })
                {
                    MoveAside(old, stamp, aside);
                }
            }

            MoveAside(location.Indexes, stamp, aside);
            foreach (var (staged, destination) in swaps)
            {
                Move(staged, destination);
                placed.Add((staged, destination));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            placed.Reverse();
            aside.Reverse();
            foreach (var (staged, destination) in placed)
            {
                Move(destination, staged);
            }

            foreach (var (original, kept) in aside)
            {
                Move(kept, original);
            }

            RemoveStaged(swaps);
            return new(RestoreStatus.Failed, $"Restauration interrompue ({ex.Message}) : les données d'avant ont été remises en place.");
        }

        foreach (var (_, kept) in aside)
        {
            output.WriteLine($"kept the previous {kept}");
        }

        if (!sqlite)
        {
            output.WriteLine("files restored. The database: into an empty database (createdb first), with the password in PGPASSWORD or ~/.pgpass:");
            output.WriteLine("  " + PostgresTools.CreateDatabaseCommand(location.ConnectionString));
            output.WriteLine("  " + PostgresTools.RestoreCommand(location.ConnectionString, Path.Combine(folder, manifest.Database)));
        }

        return new(RestoreStatus.Done, string.Create(CultureInfo.InvariantCulture,
            $"restored the backup of {manifest.CreatedUtc:u}: {manifest.Counts.GetValueOrDefault("content_nodes")} content items, journal position {manifest.JournalPosition}. The search indexes are rebuilt when the site starts."));
    }

    private RestoreResult? Verify(string folder, BackupManifest manifest)
    {
        var root = folder + Path.DirectorySeparatorChar;
        foreach (var file in manifest.Files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Path));
            // ".." segments too, even when they stay inside the backup: "shared/media/../../x" is inside it but,
            // staged as media/../../x, would be written two folders above the media library.
            if (!path.StartsWith(root, StringComparison.Ordinal) || file.Path.Split('/', '\\').Any(s => s is "" or "." or ".."))
            {
                return new(RestoreStatus.Corrupt, $"{file.Path} : chemin hors du dossier de sauvegarde.");
            }

            if (!File.Exists(path))
            {
                return new(RestoreStatus.Corrupt, $"{file.Path} manque dans la sauvegarde : restauration refusée, rien n'a été modifié.");
            }

            if (new FileInfo(path).Length != file.Size || BackupManifest.Sha256(path) != file.Sha256)
            {
                return new(RestoreStatus.Corrupt, $"{file.Path} ne correspond pas à son empreinte SHA-256 du manifeste (fichier abîmé ou modifié) : restauration refusée, rien n'a été modifié.");
            }
        }

        if (manifest.Files.All(f => f.Path != manifest.Database))
        {
            return new(RestoreStatus.Corrupt, $"{manifest.Database} n'est pas dans le manifeste.");
        }

        output.WriteLine($"every file matches its SHA-256 ({manifest.Files.Sum(f => f.Size) / 1048576.0:0.0} MiB)");
        return null;
    }

    /// <summary>Copies each part of the backup beside its destination (same folder, so a rename swaps it in).</summary>
    private void Stage(string folder, BackupManifest manifest, List<(string Staged, string Destination)> swaps)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var staged = location.SqliteFile + ".restoring";
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            swaps.Add((staged, location.SqliteFile));
            File.Copy(Path.Combine(folder, manifest.Database), staged, overwrite: true);
        }

        foreach (var (name, destination) in location.SharedFolders)
        {
            var staged = destination + ".restoring";
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true); // left by an interrupted restore
            }

            Directory.CreateDirectory(staged);
            swaps.Add((staged, destination));
            var prefix = "shared/" + name + "/";
            foreach (var file in manifest.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var target = Path.Combine(staged, file.Path[prefix.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(folder, file.Path), target);
            }

            output.WriteLine($"{name}: {manifest.Files.Count(f => f.Path.StartsWith(prefix, StringComparison.Ordinal))} files staged");
        }
    }

    private static void RemoveStaged(IEnumerable<(string Staged, string Destination)> swaps)
    {
        foreach (var (staged, _) in swaps)
        {
            if (File.Exists(staged))
            {
                File.Delete(staged);
            }
            else if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }
        }
    }

    private static void MoveAside(string path, string stamp, List<(string Original, string Aside)> aside)
    {
        var target = $"{path}.before-restore-{stamp}";
        if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
        {
            Directory.Delete(path); // an empty folder the site created: nothing to keep
        }
        else if (File.Exists(path) || Directory.Exists(path))
        {
            Move(path, target);
            aside.Add((path, target));
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }
}
