using System.Security.Cryptography;
using System.Text.Json;
using Brand.Cms.Core.Storage;

namespace Brand.Cms.Backups;

/// <summary>
/// manifest.json, written last: a folder without one is an unfinished backup. Lists every file with its size
/// and SHA-256 so a restore can refuse a damaged or tampered backup before it changes anything.
/// </summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public int Format { get; init; } = CurrentFormat;
    public DateTimeOffset CreatedUtc { get; init; }
    public DatabaseProvider Provider { get; init; }

    /// <summary>The database file of the backup, relative to its folder (brand.db or brand.pgdump).</summary>
    public string Database { get; init; } = "";

    /// <summary>The last change-journal entry the database holds (on PostgreSQL: read just before the dump, so at least this).</summary>
    public long JournalPosition { get; init; }

    /// <summary>Rows per table, to compare with the restored database at a glance.</summary>
    public IReadOnlyDictionary<string, long> Counts { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<BackupFile> Files { get; init; } = [];

    public static BackupManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), _json) : null;
    }

    public void Write(string folder)
    {
        // Beside, then renamed: a crash mid-write leaves no manifest, not half of one.
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, _json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>A file of the backup: its path inside the backup folder ('/' separators), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
