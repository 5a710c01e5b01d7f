using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Tests.PublicApi.Access;

/// <summary>Quota and partner key settings are checked at start-up, and a mistake names its configuration key.</summary>
public sealed class AccessConfigurationTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public async Task Start_WithAMalformedPartnerHash_ExitsNamingTheKey()
    {
        var (exitCode, _, message) = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Brand__ConfigPath"] = TestConfig.Real,
                ["Brand__DataPath"] = Directory.CreateTempSubdirectory("brand-access-").FullName,
                ["PublicApi__Access__PartnerKeys__0__Partner"] = "Région Bretagne",
                ["PublicApi__Access__PartnerKeys__0__Sha256"] = Hash[..40],
            },
            ["--urls", "http://127.0.0.1:0"]);

        Assert.True(exitCode == 1, $"exit code {exitCode}: {message}");
        Assert.Contains("Invalid settings", message, StringComparison.Ordinal);
        Assert.Contains("PublicApi:Access:PartnerKeys:0:Sha256 (partner 'Région Bretagne')", message, StringComparison.Ordinal);
        Assert.Contains("64 lower-case hexadecimal characters", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PartnerKeys:0:Sha256", "not-a-hash", "PublicApi:Access:PartnerKeys:0:Sha256 (partner 'P0'): Sha256 must be 64")]
    [InlineData("PartnerKeys:0:Sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "PublicApi:Access:PartnerKeys:0:Sha256 (partner 'P0'): Sha256 must be 64 lower-case")]
    [InlineData("PartnerKeys:0:Partner", "", "PublicApi:Access:PartnerKeys:0:Partner")]
    [InlineData("PartnerKeys:1:Sha256", Hash, "PublicApi:Access:PartnerKeys:1:Sha256 (partner 'P1'): the same hash as PublicApi:Access:PartnerKeys:0")]
    [InlineData("AnonymousPerMinute", "0", "AnonymousPerMinute")]
    [InlineData("PartnerPerMinute", "-5", "PartnerPerMinute")]
    public void Validate_AMistake_NamesItsKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PublicApi:Access:PartnerKeys:0:Partner"] = "P0",
            ["PublicApi:Access:PartnerKeys:0:Sha256"] = Hash,
            ["PublicApi:Access:PartnerKeys:1:Partner"] = "P1",
            ["PublicApi:Access:PartnerKeys:1:Sha256"] = PartnerKeys.Hash("another key"),
            ["PublicApi:Access:" + key] = value,
        };

        var failure = Assert.Throws<OptionsValidationException>(() => Validate(settings));

        Assert.Contains(failure.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TheDefaultsOrGoodKeys_Pass()
    {
        Validate(new Dictionary<string, string?>());
        Validate(new Dictionary<string, string?>
        {
            ["PublicApi:Access:PartnerKeys:0:Partner"] = "Région Bretagne",
            ["PublicApi:Access:PartnerKeys:0:Sha256"] = Hash,
        });
    }

    /// <summary>What start-up checks (ValidateOnStart), on the public API's access services alone.</summary>
    private static void Validate(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddPublicApiAccess();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }
}
