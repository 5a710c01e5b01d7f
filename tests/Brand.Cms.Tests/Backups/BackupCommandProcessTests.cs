using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
        var data = BackupScenario.NewFolder("brand-process-");
        var backup = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        var port = FreePort();
        using var site = Start(data, "--urls", $"http://127.0.0.1:{port}");
        var log = new System.Text.StringBuilder();
        site.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } }; // drained, or a full pipe would stall the site
        site.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealthAsync(http, site, log);

            var (backedUp, backupOutput) = await RunAsync(data, "backup", backup);
            Assert.True(backedUp == 0, backupOutput);
            Assert.Contains("integrity ok", backupOutput, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/fr")).StatusCode); // still serving

            var (refused, refusal) = await RunAsync(data, "restore", backup, "--force");
            Assert.True(refused == 1, refusal);
            Assert.Contains("arrêtez le site", refusal, StringComparison.Ordinal);
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await site.WaitForExitAsync(stopped.Token);
        }

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

    private static Process Start(string data, params string[] args) => Process.Start(CliProcess.StartInfo(Settings(data), args))!;

    /// <summary>Runs a command to its end; its exit code and everything it wrote.</summary>
    private static async Task<(int, string)> RunAsync(string data, params string[] args)
    {
        var result = await CliProcess.RunAsync(Settings(data), args, TimeSpan.FromMinutes(2));
        return (result.ExitCode, result.All);
    }

    private static async Task WaitForHealthAsync(HttpClient http, Process site, System.Text.StringBuilder log)
    {
        // Generous: a first start seeds the site and builds both indexes, slow on a loaded 2-core machine.
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(site.HasExited, "the site exited: " + log);
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                using var response = await http.GetAsync("/fr", attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still starting
            }

            await Task.Delay(200);
        }

        Assert.Fail("the site did not serve /fr within five minutes: " + log);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
