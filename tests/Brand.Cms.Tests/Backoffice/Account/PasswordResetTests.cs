using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Account;

public sealed class PasswordResetTests
{
    private const string NewPassword = "Nouvelle-Phrase-2027";

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_ThenTheMailedResetLinkSetsANewPassword_AndUnlocks()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "writer@example.fr", Roles.Writer);
        using var visitor = BackofficeSession.Anonymous(server);
        for (var i = 0; i < 5; i++)
        {
            (await visitor.PostSignInAsync("writer@example.fr", "Mauvaise-Phrase-0")).Dispose();
        }

        using (var locked = await visitor.PostSignInAsync("writer@example.fr", BackofficeSession.Password))
        {
            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
            Assert.Contains("le compte est verrouillé", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var known = await ForgotAsync(visitor, "writer@example.fr");
        var unknown = await ForgotAsync(visitor, "nobody@example.fr");
        Assert.Equal(known.Replace("writer@example.fr", "X", StringComparison.Ordinal), unknown.Replace("nobody@example.fr", "X", StringComparison.Ordinal));
        Assert.Equal(1, AccountKit.MailCount(server));

        var link = AccountKit.MailedLink(server, "writer@example.fr");
        Assert.Contains("Compte : writer@example.fr", await visitor.GetStringAsync(link), StringComparison.Ordinal);
        using (var reset = await visitor.PostFreshAsync(link, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using (var signIn = await visitor.PostSignInAsync("writer@example.fr", NewPassword))
        {
            Assert.Equal("/backoffice", signIn.Headers.Location?.OriginalString);
        }

        // The link works once.
        using var again = BackofficeSession.Anonymous(server);
        using (var reuse = await again.PostFreshAsync(link, new() { ["NewPassword"] = "Encore-Une-Phrase-99", ["ConfirmPassword"] = "Encore-Une-Phrase-99" }, link))
        {
            Assert.Contains("plus valable", await reuse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var audit = await AccountKit.AuditAsync(server);
        Assert.Contains(audit, a => a.Action == "account.password.reset-request" && a.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(audit, a => a.Action == "account.password.reset-request" && a.Target == "email:nobody@example.fr");
        Assert.Contains(audit, a => a.Action == "account.password.reset" && a.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task AWeakNewPassword_IsRefused_WithTheRulesNextToTheField()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "editor@example.fr", Roles.Editor);
        using var visitor = BackofficeSession.Anonymous(server);
        await ForgotAsync(visitor, "editor@example.fr");
        var link = AccountKit.MailedLink(server, "editor@example.fr");

        using var response = await visitor.PostFreshAsync(link, new() { ["NewPassword"] = "court", ["ConfirmPassword"] = "court" }, link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-describedby=\"NewPassword-error\"", html, StringComparison.Ordinal);
        Assert.Contains("au moins 12 caractères", html, StringComparison.Ordinal);
        Assert.Contains("au moins une majuscule", html, StringComparison.Ordinal);
        Assert.Contains("au moins un chiffre", html, StringComparison.Ordinal);
        using var old = await visitor.PostSignInAsync("editor@example.fr", BackofficeSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }

    private static async Task<string> ForgotAsync(BackofficeSession visitor, string email)
    {
        using var response = await visitor.PostFreshAsync("/backoffice/account/forgot-password", new() { ["Email"] = email }, "/backoffice/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.Contains("Si un compte actif correspond", main, StringComparison.Ordinal);
        return main;
    }
}
