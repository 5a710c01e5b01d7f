using Brand.Cms.StaticExport;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>The command as an operator runs it (a real process), and what it does when a page fails.</summary>
public sealed class StaticExportCommandTests
{
    [Fact]
    public async Task ExportStatic_RealProcess_RefusesAForeignFolderThenWritesTheMirrorWithASummary()
    {
        var work = Directory.CreateTempSubdirectory("brand-export-static-").FullName;
        try
        {
            var foreign = Path.Combine(work, "someone-elses");
            Directory.CreateDirectory(foreign);
            File.WriteAllText(Path.Combine(foreign, "notes.txt"), "keep me");

            var refused = await RunAsync(work, foreign);
            Assert.True(refused.ExitCode == 2, refused.Output);
            Assert.Contains("not empty", refused.Output, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(Path.Combine(foreign, "notes.txt")));

            var mirror = Path.Combine(work, "mirror");
            var done = await RunAsync(work, mirror);
            Assert.True(done.ExitCode == 0, done.Output);
            Assert.Matches(@"Static mirror in .*: [0-9,]+ pages, [0-9,]+ files, [0-9.]+ MiB in [0-9.]+ s .*; 0 failed, 0 broken links\.", done.Output);
            Assert.Contains("pages/s", done.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(mirror, "fr", "annuaire", "index.html")));
            Assert.True(File.Exists(Path.Combine(mirror, "en", "index.html")));
            Assert.True(File.Exists(Path.Combine(mirror, MirrorFolder.Marker)));

            // A second export replaces the first (the marker says it is a mirror), which stays as mirror.previous;
            // a third deletes that one, and no temporary folder is left.
            var again = await RunAsync(work, mirror);
            Assert.True(again.ExitCode == 0, again.Output);
            File.WriteAllText(Path.Combine(mirror + MirrorFolder.PreviousSuffix, "second-last.txt"), "");
            var third = await RunAsync(work, mirror);
            Assert.True(third.ExitCode == 0, third.Output);
            Assert.Equal(["data", "mirror", "mirror.previous", "someone-elses"], Directory.EnumerateDirectories(work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.False(File.Exists(Path.Combine(mirror + MirrorFolder.PreviousSuffix, "second-last.txt")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task Export_APageAnswering500_IsReportedAndDoesNotReplaceThePreviousMirror()
    {
        await using var database = new SqliteTestDatabase();
        using var site = new SiteServer(database, services: s => s.AddSingleton<IStartupFilter, FailingPage>());
        var work = Directory.CreateTempSubdirectory("brand-export-failing-").FullName;
        try
        {
            var mirror = Path.Combine(work, "mirror");
            Directory.CreateDirectory(mirror);
            File.WriteAllText(Path.Combine(mirror, MirrorFolder.Marker), "");
            File.WriteAllText(Path.Combine(mirror, "previous.html"), "the previous mirror");

            var result = await site.Get<StaticSiteExporter>().ExportAsync(site.Http.BaseAddress!, mirror);

            Assert.Equal(StaticExportStatus.PagesFailed, result.Status);
            var failed = Assert.Single(result.Failed);
            Assert.Equal(FailingPage.Path, failed.Url);
            Assert.Equal("HTTP 500", failed.Problem);
            Assert.Equal("the previous mirror", File.ReadAllText(Path.Combine(mirror, "previous.html")));
            Assert.Contains(mirror + ".building-", result.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The events list answers 500, as a template throwing would.</summary>
    private sealed class FailingPage : IStartupFilter
    {
        public const string Path = "/fr/evenements";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                }

                await following(context);
            });
            next(app);
        };
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string work, string folder)
    {
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Brand__ConfigPath"] = TestConfig.Real,
                ["Brand__DataPath"] = Path.Combine(work, "data"),
                ["StaticExport__PublicBaseUrl"] = "https://croissance-connectee.example.org",
                ["Logging__LogLevel__Default"] = "Warning",
            },
            ["export-static", folder], TimeSpan.FromMinutes(3), workingDirectory: work);
        return (result.ExitCode, result.All);
    }
}
