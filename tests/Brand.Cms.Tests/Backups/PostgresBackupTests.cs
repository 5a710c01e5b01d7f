using System.Diagnostics;
using Brand.Cms.Backups;
using Brand.Cms.Tests.Infrastructure;
using Npgsql;

namespace Brand.Cms.Tests.Backups;

/// <summary>
/// On PostgreSQL `backup` runs pg_dump and `restore` prints the pg_restore command: the printed command, run as an
/// operator would, restores into a fresh database that the site then serves, with the files.
/// </summary>
public sealed class PostgresBackupTests
{
    [Fact]
    public async Task BackupThenDocumentedPgRestore_IntoAFreshDatabase_TheSiteServesTheContentAndTheMediaFile()
    {
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        string url, media;
        await using (var source = PostgresTestDatabase.Create())
        using (var server = new SiteServer(source))
        {
            media = await BackupScenario.UploadImageAsync(server, "Visuel sur PostgreSQL");
            (_, url) = await BackupScenario.PublishArticleAsync(server, "Article sur PostgreSQL");
            var output = new StringWriter();
            var backup = await new BackupWriter(BackupLocation.FromServices(server.Services), output).WriteAsync(folder);
            Assert.True(backup.Status == BackupStatus.Done, backup.Message + output);
            Assert.Equal(PostgresTools.DumpFile, backup.Manifest!.Database);
            Assert.True(backup.Manifest.Counts["content_nodes"] > 0);
        }

        await using var target = PostgresTestDatabase.Create(); // the `createdb` step
        var data = BackupScenario.NewFolder("brand-restored-");
        var printed = new StringWriter();
        var restored = new BackupRestorer(BackupScenario.Location(target, data), printed).Restore(folder, force: false);
        Assert.True(restored.Status == RestoreStatus.Done, restored.Message + printed);
        var command = printed.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("pg_restore ", StringComparison.Ordinal));

        var (exit, errors) = await ShellAsync(command, target.ConnectionString);
        Assert.True(exit == 0, $"{command}\n{errors}");

        using var site = new SiteServer(target, settings: BackupScenario.RestoredSite(data));
        Assert.Contains("Article sur PostgreSQL", await site.Http.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(Brand.Cms.Tests.Backoffice.Media.MediaUploads.Png, await site.Http.GetByteArrayAsync(media));
    }

    /// <summary>The command line as an operator types it: through a shell, pg_restore on PATH, the password in PGPASSWORD.</summary>
    private static async Task<(int, string)> ShellAsync(string command, string connectionString)
    {
        var tools = Path.GetDirectoryName(PostgresTools.Find("pg_restore")) ?? throw new InvalidOperationException("pg_restore is not installed.");
        var start = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["PGPASSWORD"] = new NpgsqlConnectionStringBuilder(connectionString).Password ?? "";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await errors);
    }
}
