using System.Text;
using System.Text.RegularExpressions;
using Brand.Cms.Commands;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Tests.Commands;

/// <summary>
/// `api-key NAME` prints a new key once and the configuration that recognises it: fed back into the
/// configuration, either form makes the site know the key as that partner's.
/// </summary>
public sealed partial class ApiKeyCommandTests
{
    private const string Partner = "Région Bretagne — l'équipe";

    [Fact]
    public void Run_ItsEnvironmentVariables_RecogniseTheKeyAsThePartners()
    {
        var (key, output) = Run();

        var variables = Variables(output);

        Assert.Equal(new[] { "PublicApi:Access:PartnerKeys:0:Partner", "PublicApi:Access:PartnerKeys:0:Sha256" }, variables.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Partner, PartnerOf(key, new ConfigurationBuilder().AddInMemoryCollection(variables).Build()));
    }

    [Fact]
    public void Run_ItsAppSettingsSnippet_RecognisesTheKeyAsThePartners()
    {
        var (key, output) = Run();

        var json = output[output.IndexOf("  {\n", StringComparison.Ordinal)..(output.LastIndexOf("\n  }\n", StringComparison.Ordinal) + 4)];
        Assert.Contains("\"Région Bretagne — l'équipe\"", json, StringComparison.Ordinal);
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        Assert.Equal(Partner, PartnerOf(key, configuration));
    }

    [Fact]
    public void Run_Twice_GivesDifferentKeys_ShownOnce()
    {
        var (first, output) = Run();
        var (second, _) = Run();

        Assert.NotEqual(first, second);
        Assert.StartsWith("cc_", first, StringComparison.Ordinal);
        Assert.Contains("shown only once", output, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(output, Regex.Escape(first)));
    }

    [Theory]
    [InlineData]
    [InlineData("")]
    [InlineData("--urls")]
    public void Parse_WithoutAPartnerName_ShowsTheUsage(params string[] rest)
    {
        var error = Assert.Throws<ArgumentException>(() => CliCommand.Parse(["api-key", .. rest]));

        Assert.Contains("api-key \"Partner name\"", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The real executable, with a database it could not reach: the command never needs it.</summary>
    [Fact]
    public async Task Executable_WithAnUnreachableDatabase_PrintsAKeyAndExitsWith0()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "brand-api-key-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, errors) = await RunExecutableAsync(dataPath, "api-key", Partner);

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal(Partner, PartnerOf(KeyLine().Match(output).Groups["key"].Value, new ConfigurationBuilder().AddInMemoryCollection(Variables(output)).Build()));
        Assert.False(Directory.Exists(dataPath), "The command created the data folder.");
    }

    [Fact]
    public async Task Executable_WithoutAName_PrintsTheUsageAndExitsWith2()
    {
        var (exitCode, _, errors) = await RunExecutableAsync(Path.Combine(Path.GetTempPath(), "brand-api-key-" + Guid.NewGuid().ToString("N")), "api-key");

        Assert.Equal(2, exitCode);
        Assert.Equal(ApiKeyCommand.Usage, errors.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunExecutableAsync(string dataPath, params string[] args)
    {
        var (exitCode, output, errors) = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Brand"] = "Host=127.0.0.1;Port=1;Database=none;Timeout=1",
                ["Brand__DataPath"] = dataPath,
            },
            args);
        return (exitCode, output, errors);
    }

    private static (string Key, string Output) Run()
    {
        var command = CliCommand.Parse(["api-key", Partner]);
        Assert.NotNull(command);
        Assert.False(command.NeedsHost);
        using var output = new StringWriter { NewLine = "\n" };

        Assert.Equal(0, command.RunWithoutHostAsync(output).GetAwaiter().GetResult());

        var text = output.ToString();
        var key = KeyLine().Match(text);
        Assert.True(key.Success, text);
        return (key.Groups["key"].Value, text);
    }

    /// <summary>The partner the site would recognise the key as, under this configuration (null: unknown key).</summary>
    private static string? PartnerOf(string key, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiAccessOptions.Section).Get<ApiAccessOptions>() ?? new ApiAccessOptions();
        Assert.True(new ApiAccessOptionsValidator().Validate(null, options).Succeeded);
        return new PartnerKeys(Options.Create(options)).PartnerOf(key);
    }

    /// <summary>The printed variables as configuration keys, their values as a shell reads them ('\'' stands for a quote).</summary>
    private static Dictionary<string, string?> Variables(string output) => EnvironmentLine().Matches(output).ToDictionary(
        m => m.Groups["name"].Value.Replace("__", ":", StringComparison.Ordinal),
        m => (string?)Unquote(m.Groups["value"].Value), StringComparer.Ordinal);

    private static string Unquote(string value) =>
        value.StartsWith('\'') ? value[1..^1].Replace("'\\''", "'", StringComparison.Ordinal) : value;

    [GeneratedRegex(@"^  (?<key>cc_[A-Za-z0-9_-]+)$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^  (?<name>PublicApi__Access__[A-Za-z0-9_]+)=(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex EnvironmentLine();
}
