using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Account;

public sealed class SessionTests
{
    [Fact]
    public async Task SignOutEverywhere_EndsTheOtherSessionAtItsNextRequest_AndKeepsThisOne()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var laptop = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var phone = BackofficeSession.Anonymous(server);
        (await phone.PostSignInAsync(laptop.Email, BackofficeSession.Password)).Dispose();
        Assert.True(await phone.IsSignedInAsync());

        using var response = await laptop.PostFreshAsync("/backoffice/account/sign-out-everywhere", [], "/backoffice/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await phone.IsSignedInAsync());
        Assert.True(await laptop.IsSignedInAsync());
        Assert.Contains(await AccountKit.AuditAsync(server), a => a.Action == "account.sign-out-everywhere" && a.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task AMustChangePasswordUser_IsSentToTheChangePage_FromEveryPage_UntilTheyChangeIt()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "admin2@example.fr", Roles.Administrator);
        await AccountKit.SetMustChangePasswordAsync(server, "admin2@example.fr");
        using var admin = BackofficeSession.Anonymous(server);

        using (var signIn = await admin.PostSignInAsync("admin2@example.fr", BackofficeSession.Password))
        {
            Assert.StartsWith("/backoffice/account/change-password", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        foreach (var page in new[] { "/backoffice", "/backoffice/users", "/backoffice/account" })
        {
            using var response = await admin.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/backoffice/account/change-password", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        const string mine = "Ma-Propre-Phrase-2026";
        using (var mismatch = await admin.PostFreshAsync("/backoffice/account/change-password",
                   new() { ["CurrentPassword"] = BackofficeSession.Password, ["NewPassword"] = mine, ["ConfirmPassword"] = mine + "x" }, "/backoffice/account/change-password"))
        {
            Assert.Contains("aria-describedby=\"ConfirmPassword-error\"", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var change = await admin.PostFreshAsync("/backoffice/account/change-password",
                   new() { ["CurrentPassword"] = BackofficeSession.Password, ["NewPassword"] = mine, ["ConfirmPassword"] = mine }, "/backoffice/account/change-password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        }

        using var dashboard = await admin.GetAsync("/backoffice/users");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.False((await AccountKit.UserAsync(server, "admin2@example.fr")).MustChangePassword);
    }

    [Fact]
    public async Task ADisabledUser_CannotSignIn_WithTheRightPassword()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "gone@example.fr", Roles.Editor);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        var gone = await AccountKit.UserAsync(server, "gone@example.fr");
        (await admin.PostFreshAsync($"/backoffice/users/{gone.Id}?handler=Disable", [], $"/backoffice/users/{gone.Id}")).Dispose();
        using var visitor = BackofficeSession.Anonymous(server);

        using var response = await visitor.PostSignInAsync("gone@example.fr", BackofficeSession.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce compte est désactivé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await visitor.IsSignedInAsync());
    }

    [Fact]
    public async Task AnAccountWithoutRole_GetsTheDeniedPage()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var nobody = await BackofficeSession.SignInAsync(server);

        using var response = await nobody.GetAsync("/backoffice");
        Assert.Equal("/backoffice/account/denied", response.Headers.Location?.OriginalString);
        using var denied = await nobody.GetAsync("/backoffice/account/denied");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Accès refusé", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
