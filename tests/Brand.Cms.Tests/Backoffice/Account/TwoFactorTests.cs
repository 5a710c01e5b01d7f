using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Account;

public sealed partial class TwoFactorTests
{
    [Fact]
    public async Task EnablingTwoFactor_WithARealCode_ThenSignInAsksForACode_AndAcceptsTheAppsCodeOrARecoveryCode()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        var (key, recoveryCodes) = await EnableAsync(editor);

        Assert.Equal(10, recoveryCodes.Count);
        var account = await editor.GetStringAsync("/backoffice/account");
        Assert.Contains("Activée", account, StringComparison.Ordinal);

        // A password alone no longer signs in: the second step asks for a code.
        using var visitor = BackofficeSession.Anonymous(server);
        using (var step1 = await visitor.PostSignInAsync(editor.Email, BackofficeSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, step1.StatusCode);
            Assert.StartsWith("/backoffice/account/two-factor", step1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.False(await visitor.IsSignedInAsync());
        using (var wrong = await visitor.PostFreshAsync("/backoffice/account/two-factor", new() { ["Code"] = "000000" }, "/backoffice/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("est pas valable", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var right = await visitor.PostFreshAsync("/backoffice/account/two-factor",
                   new() { ["Code"] = AccountKit.Totp(key, DateTimeOffset.UtcNow) }, "/backoffice/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        Assert.True(await visitor.IsSignedInAsync());

        // Without the phone: a recovery code, once.
        using var another = BackofficeSession.Anonymous(server);
        (await another.PostSignInAsync(editor.Email, BackofficeSession.Password)).Dispose();
        using (var recovery = await another.PostFreshAsync("/backoffice/account/two-factor", new() { ["Code"] = recoveryCodes[0] }, "/backoffice/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
        }

        Assert.True(await another.IsSignedInAsync());
        var audit = await AccountKit.AuditAsync(server);
        Assert.Contains(audit, a => a.Action == "account.2fa.enable" && a.Outcome == AuditOutcome.Succeeded && a.After == "2FA on");
        Assert.Contains(audit, a => a.Action == "signin" && a.Outcome == AuditOutcome.Failed && a.Detail == "two-factor: wrong code");
        Assert.Contains(audit, a => a.Action == "signin" && a.Detail == "two-factor, with a recovery code");
    }

    [Fact]
    public async Task AWrongFirstCode_DoesNotEnableTwoFactor_AndSaysSoNextToTheField()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        (await writer.PostFreshAsync("/backoffice/account/authenticator?handler=NewKey", [], "/backoffice/account/authenticator")).Dispose();
        var setup = await writer.GetStringAsync("/backoffice/account/authenticator");
        Assert.Contains("<svg", setup, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", setup.Split("</main>")[0], StringComparison.Ordinal);

        using var response = await writer.PostFreshAsync("/backoffice/account/authenticator", new() { ["Code"] = "123456" }, "/backoffice/account/authenticator");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("fr-input-group--error", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Code-error\"", html, StringComparison.Ordinal);
        Assert.False((await AccountKit.UserAsync(server, writer.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task DisablingTwoFactor_NeedsThePassword_ThenLetsThePasswordAloneSignIn()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        await EnableAsync(editor);

        foreach (var wrong in new[] { "", "Mauvaise-Phrase-0" })
        {
            using var refused = await editor.PostFreshAsync("/backoffice/account?handler=DisableTwoFactor", new() { ["Confirmation"] = wrong }, "/backoffice/account");
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("fr-input-group--error", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"Confirmation-error\"", html, StringComparison.Ordinal);
            Assert.True((await AccountKit.UserAsync(server, editor.Email)).TwoFactorEnabled);
        }

        Assert.Equal(2, (await AccountKit.AuditAsync(server)).Count(a => a.Action == "account.2fa.disable" && a.Outcome == AuditOutcome.Failed));

        using (var disable = await editor.PostFreshAsync("/backoffice/account?handler=DisableTwoFactor",
                   new() { ["Confirmation"] = BackofficeSession.Password }, "/backoffice/account"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        }

        using var visitor = BackofficeSession.Anonymous(server);
        using var signIn = await visitor.PostSignInAsync(editor.Email, BackofficeSession.Password);
        Assert.Equal("/backoffice", signIn.Headers.Location!.OriginalString);
        Assert.Contains(await AccountKit.AuditAsync(server), a => a.Action == "account.2fa.disable" && a.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task DisablingTwoFactor_AcceptsACodeFromTheApp_InsteadOfThePassword()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var (key, _) = await EnableAsync(editor);

        using (var wrong = await editor.PostFreshAsync("/backoffice/account?handler=DisableTwoFactor", new() { ["Confirmation"] = "000000" }, "/backoffice/account"))
        {
            Assert.Contains("aria-describedby=\"Confirmation-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True((await AccountKit.UserAsync(server, editor.Email)).TwoFactorEnabled);
        using (var disable = await editor.PostFreshAsync("/backoffice/account?handler=DisableTwoFactor",
                   new() { ["Confirmation"] = AccountKit.Totp(key, DateTimeOffset.UtcNow) }, "/backoffice/account"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        }

        Assert.False((await AccountKit.UserAsync(server, editor.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task OpeningTheSetupPage_ChangesNothing_OnlyThePostedButtonMakesAKey()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var laptop = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var phone = BackofficeSession.Anonymous(server);
        (await phone.PostSignInAsync(laptop.Email, BackofficeSession.Password)).Dispose();
        var stamp = (await AccountKit.UserAsync(server, laptop.Email)).SecurityStamp;

        // A link, a prefetch or a reload: no key is made, no session ends.
        var first = await laptop.GetStringAsync("/backoffice/account/authenticator");
        await laptop.GetStringAsync("/backoffice/account/authenticator");
        Assert.DoesNotContain("shared-key", first, StringComparison.Ordinal);
        Assert.Contains("Générer ma clé", first, StringComparison.Ordinal);
        Assert.Equal(stamp, (await AccountKit.UserAsync(server, laptop.Email)).SecurityStamp);
        Assert.True(await phone.IsSignedInAsync());

        using (var generate = await laptop.PostFreshAsync("/backoffice/account/authenticator?handler=NewKey", [], "/backoffice/account/authenticator"))
        {
            Assert.Equal(HttpStatusCode.Redirect, generate.StatusCode);
        }

        // The pending key is shown again, unchanged, until a new one is asked for.
        var key = AccountKit.SharedKey(await laptop.GetStringAsync("/backoffice/account/authenticator"));
        Assert.Equal(key, AccountKit.SharedKey(await laptop.GetStringAsync("/backoffice/account/authenticator")));
        Assert.True(await laptop.IsSignedInAsync());
        Assert.False(await phone.IsSignedInAsync());
        (await laptop.PostFreshAsync("/backoffice/account/authenticator?handler=NewKey", [], "/backoffice/account/authenticator")).Dispose();
        Assert.NotEqual(key, AccountKit.SharedKey(await laptop.GetStringAsync("/backoffice/account/authenticator")));
        Assert.Equal(2, (await AccountKit.AuditAsync(server)).Count(a => a.Action == "account.2fa.key" && a.Outcome == AuditOutcome.Succeeded));
    }

    /// <summary>Turns two-factor on as a person would: reads the key on the page, types the app's code.</summary>
    internal static async Task<(string Key, List<string> RecoveryCodes)> EnableAsync(BackofficeSession session)
    {
        using (var generate = await session.PostFreshAsync("/backoffice/account/authenticator?handler=NewKey", [], "/backoffice/account/authenticator"))
        {
            Assert.Equal(HttpStatusCode.Redirect, generate.StatusCode);
        }

        var key = AccountKit.SharedKey(await session.GetStringAsync("/backoffice/account/authenticator"));
        using var response = await session.PostFreshAsync("/backoffice/account/authenticator",
            new() { ["Code"] = AccountKit.Totp(key, DateTimeOffset.UtcNow) }, "/backoffice/account/authenticator");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("Vos codes de secours", StringComparison.Ordinal), html);
        Assert.True(await session.IsSignedInAsync(), "enabling two-factor signed this session out");
        return (key, [.. RecoveryCode().Matches(html).Select(m => m.Groups[1].Value)]);
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
