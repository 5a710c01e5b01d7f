using System.Diagnostics;
using Npgsql;

namespace Brand.Cms.Backups;

/// <summary>
/// pg_dump / pg_restore for a PostgreSQL database: PostgreSQL's own tools are the consistent online backup
/// (pg_dump reads one snapshot while the site keeps writing), so we run or print them rather than copy rows.
/// Custom format (compressed, restorable table by table, in parallel with -j) and --no-owner (the restoring
/// role owns everything, whatever role made the dump).
/// </summary>
public static class PostgresTools
{
    public const string DumpFile = "brand.pgdump";

    /// <summary>The command as the README and the output print it; the password goes in PGPASSWORD or ~/.pgpass.</summary>
    public static string DumpCommand(string connectionString, string file) =>
        $"pg_dump --format=custom --no-owner {ConnectionArguments(connectionString)} --file={Quote(file)}";

    /// <summary>Into an empty database (createdb first); --clean --if-exists to overwrite one that has tables.</summary>
    public static string RestoreCommand(string connectionString, string file) =>
        $"pg_restore --no-owner --exit-on-error {ConnectionArguments(connectionString)} {Quote(file)}";

    public static string CreateDatabaseCommand(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"createdb --host={b.Host} --port={b.Port} --username={Quote(b.Username ?? "postgres")} {Quote(b.Database ?? "brand")}";
    }

    /// <summary>
    /// pg_dump from PATH, else the newest under /usr/lib/postgresql/*/bin (Debian installs it there, off PATH);
    /// pg_dump must be at least the server's major version, hence the newest.
    /// </summary>
    public static string? Find(string tool)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string Debian = "/usr/lib/postgresql";
        return Directory.Exists(Debian)
            ? Directory.EnumerateDirectories(Debian)
                .Select(d => Path.Combine(d, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    /// <summary>Runs a tool with the connection's password in PGPASSWORD (never on the command line); returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Errors)> RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken ct = default)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in ArgumentList(b).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(b.Password))
        {
            start.Environment["PGPASSWORD"] = b.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await errors).Trim());
    }

    private static IEnumerable<string> ArgumentList(NpgsqlConnectionStringBuilder b)
    {
        yield return $"--host={b.Host}";
        yield return $"--port={b.Port}";
        if (!string.IsNullOrEmpty(b.Username))
        {
            yield return $"--username={b.Username}";
        }

        yield return $"--dbname={b.Database}";
        yield return "--no-password"; // never prompt: a backup runs unattended
    }

    private static string ConnectionArguments(string connectionString) =>
        string.Join(' ', ArgumentList(new NpgsqlConnectionStringBuilder(connectionString)).Where(a => a != "--no-password").Select(Quote));

    private static string Quote(string value) =>
        value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',') ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
