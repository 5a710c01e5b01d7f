using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Security;
using Brand.Cms.Core;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Brand.Cms.Tests.Backoffice;

public sealed partial class FirstAdministratorTests
{
    [Fact]
    public async Task WithNoAdministrator_AOneTimePasswordIsLoggedOnce_AndMustBeChangedAtFirstSignIn()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database, services: s => s.AddFakeLogging());
        var logs = server.Services.GetFakeLogCollector();

        var printed = logs.GetSnapshot().Where(r => r.Message.Contains("one-time password", StringComparison.Ordinal)).ToList();
        var password = Assert.Single(printed) is var record && OneTimePassword().Match(record.Message) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("no password in: " + printed[0].Message);

        // A restart finds the administrator and prints nothing.
        foreach (var step in server.Services.GetServices<IStartupStep>())
        {
            await step.RunAsync();
        }

        Assert.Single(logs.GetSnapshot(), r => r.Message.Contains("one-time password", StringComparison.Ordinal));
        using var visitor = BackofficeSession.Anonymous(server);
        using var signIn = await visitor.PostFormAsync("/backoffice/account/sign-in",
            new() { ["Email"] = BackofficeInitializer.DefaultAdministratorEmail, ["Password"] = password }, tokenFrom: "/backoffice/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/backoffice/account/change-password", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredAdministrator_IsCreated_AndNoPasswordIsPrinted()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database, services: s => s.AddFakeLogging(), settings: new Dictionary<string, string?>
        {
            ["Backoffice:AdministratorEmail"] = "direction@croissance-connectee.fr",
            ["Backoffice:AdministratorPassword"] = BackofficeSession.Password,
        });

        using var visitor = BackofficeSession.Anonymous(server);
        using var signIn = await visitor.PostFormAsync("/backoffice/account/sign-in",
            new() { ["Email"] = "direction@croissance-connectee.fr", ["Password"] = BackofficeSession.Password }, tokenFrom: "/backoffice/account/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/backoffice", signIn.Headers.Location!.OriginalString);
        Assert.DoesNotContain(server.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.Contains("one-time password", StringComparison.Ordinal));
    }

    [GeneratedRegex("one-time password (\\S+) ")]
    private static partial Regex OneTimePassword();
}
