using System.Net;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backups;

/// <summary>
/// The commands as an operator runs them: the real executable, its default SQLite connection (pooled, as in
/// production), `backup` beside a serving site, and `restore` refused while that site holds the database.
/// </summary>
public sealed class BackupCommandProcessTests
{
    [Fact]
    public async Task BackupAndRestoreCommands_BesideARunningSite_BackupWorksAndRestoreWaitsForTheSiteToStop()
    {
        await using var site = new SiteProcess("backup", database: null);
        var data = site.DataPath;
        var backup = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        await site.StartAsync(TimeSpan.FromMinutes(5)); // a first start seeds and builds both indexes: slow on a loaded 2-core machine

        var (backedUp, backupOutput) = await RunAsync(data, "backup", backup);
        Assert.True(backedUp == 0, backupOutput);
        Assert.Contains("integrity ok", backupOutput, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync("/fr")).StatusCode); // still serving

        var (refused, refusal) = await RunAsync(data, "restore", backup, "--force");
        Assert.True(refused == 1, refusal);
        Assert.Contains("arrêtez le site", refusal, StringComparison.Ordinal);
        await site.KillAsync();

        var (restored, restoreOutput) = await RunAsync(data, "restore", backup, "--force");
        Assert.True(restored == 0, restoreOutput);
        Assert.Contains("kept the previous", restoreOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "brand.db")));

        // `backup` starts no host: pointed at a folder without a database, it says so and creates none there.
        var empty = BackupScenario.NewFolder("brand-empty-");
        var (none, noneOutput) = await RunAsync(empty, "backup", Path.Combine(BackupScenario.NewFolder("brand-backup-"), "none"));
        Assert.True(none == 1, noneOutput);
        Assert.Contains("Aucune base SQLite", noneOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(empty, "brand.db")));
    }

    private static Dictionary<string, string> Settings(string data) => new()
    {
        ["Brand__ConfigPath"] = TestConfig.Real,
        ["Brand__DataPath"] = data,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Runs a command to its end; its exit code and everything it wrote.</summary>
    private static async Task<(int, string)> RunAsync(string data, params string[] args)
    {
        var result = await CliProcess.RunAsync(Settings(data), args, TimeSpan.FromMinutes(2));
        return (result.ExitCode, result.All);
    }
}
