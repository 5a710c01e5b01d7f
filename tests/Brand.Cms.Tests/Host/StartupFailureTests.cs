using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Host;

/// <summary>The real executable, started on a broken type file, stops with the file, line and reason.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Start_WithABrokenTypeFile_ExitsWithFileLineAndReason()
    {
        var config = TestConfig.Copy(withSeed: false);
        var path = Path.Combine(config, "document-types", "event.json");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("\"editor\": \"dateTime\"", "\"editor\": \"calendar\"", StringComparison.Ordinal));
        var line = File.ReadAllLines(path).ToList().FindIndex(l => l.Contains("\"calendar\"", StringComparison.Ordinal)) + 1;

        var (exitCode, _, message) = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Brand__ConfigPath"] = config,
                ["Brand__DataPath"] = Directory.CreateTempSubdirectory("brand-broken-").FullName,
            },
            ["--urls", "http://127.0.0.1:0"]);

        Assert.Equal(1, exitCode);
        Assert.Contains($"event.json:{line}", message, StringComparison.Ordinal);
        Assert.Contains("(property 'startDate')", message, StringComparison.Ordinal);
        Assert.Contains("unknown editor 'calendar'", message, StringComparison.Ordinal);
    }
}
