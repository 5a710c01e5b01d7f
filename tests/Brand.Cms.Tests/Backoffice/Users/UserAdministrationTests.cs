using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Account;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Users;

public sealed class UserAdministrationTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnInvitedUser_ChoosesAPasswordFromTheMail_SignsInWithTheirRoles_AndAppearsInTheList(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);

        using (var create = await admin.PostFieldsAsync("/backoffice/users/new",
                   [new("Email", "camille@example.fr"), new("DisplayName", "Camille Martin"), new("Roles", Roles.Writer), new("Roles", Roles.Translator)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        }

        var link = AccountKit.MailedLink(server, "camille@example.fr");
        using var camille = BackofficeSession.Anonymous(server);
        (await camille.PostFreshAsync(link, new() { ["NewPassword"] = "Camille-Choisit-2026", ["ConfirmPassword"] = "Camille-Choisit-2026" }, link)).Dispose();
        using (var signIn = await camille.PostSignInAsync("camille@example.fr", "Camille-Choisit-2026"))
        {
            Assert.Equal("/backoffice", signIn.Headers.Location?.OriginalString);
        }

        using (var users = await camille.GetAsync("/backoffice/users"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        }

        var list = await admin.GetStringAsync("/backoffice/users");
        Assert.Contains("Camille Martin", list, StringComparison.Ordinal);
        Assert.Contains("Traducteur, Rédacteur", list, StringComparison.Ordinal);
        var created = Assert.Single(await AccountKit.AuditAsync(server), a => a.Action == "user.create");
        Assert.Equal(AuditOutcome.Succeeded, created.Outcome);
        Assert.Contains("roles: Translator, Writer", created.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitationWithoutRole_KeepsWhatWasTyped_AndSaysWhyNextToTheRoles()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);

        using var response = await admin.PostFieldsAsync("/backoffice/users/new", [new("Email", "dominique@example.fr"), new("DisplayName", "Dominique")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"dominique@example.fr\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Dominique\"", html, StringComparison.Ordinal);
        Assert.Contains("Cochez au moins un rôle.", html, StringComparison.Ordinal);
        Assert.Equal(0, AccountKit.MailCount(server));
    }

    [Fact]
    public async Task RolesChanges_AreAuditedBeforeAndAfter_AndApplyAtTheNextRequest()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var id = (await AccountKit.UserAsync(server, writer.Email)).Id;

        using (var change = await admin.PostFieldsAsync($"/backoffice/users/{id}?handler=Roles", [new("Roles", Roles.Administrator)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        }

        using (var users = await writer.GetAsync("/backoffice/users"))
        {
            Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        }

        var entry = Assert.Single(await AccountKit.AuditAsync(server), a => a.Action == "user.roles");
        Assert.Equal(("Writer", "Administrator"), (entry.Before, entry.After));
    }

    [Fact]
    public async Task AnAdministrator_CannotRemoveTheirOwnAdministratorRole_OrDisableThemselves()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        var me = (await AccountKit.UserAsync(server, admin.Email)).Id;

        (await admin.PostFieldsAsync($"/backoffice/users/{me}?handler=Roles", [new("Roles", Roles.Editor)])).Dispose();
        var afterRoles = await admin.GetStringAsync($"/backoffice/users/{me}");
        (await admin.PostFieldsAsync($"/backoffice/users/{me}?handler=Disable", [])).Dispose();
        var afterDisable = await admin.GetStringAsync($"/backoffice/users/{me}");

        Assert.Contains("Vous ne pouvez pas retirer votre propre rôle Administrateur", afterRoles, StringComparison.Ordinal);
        Assert.Contains("Vous ne pouvez pas désactiver votre propre compte", afterDisable, StringComparison.Ordinal);
        var user = await AccountKit.UserAsync(server, admin.Email);
        Assert.False(user.Disabled);
        Assert.True(await admin.IsSignedInAsync());
        Assert.Equal(2, (await AccountKit.AuditAsync(server)).Count(a => a.Outcome == AuditOutcome.Refused && a.Target == $"user:{me}"));
    }

    [Fact]
    public async Task DisablingEndsThePersonsSession_UnlockAndResetTwoFactorWork_AndAllIsAudited()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        await TwoFactorTests.EnableAsync(editor);
        var id = (await AccountKit.UserAsync(server, editor.Email)).Id;

        (await admin.PostFieldsAsync($"/backoffice/users/{id}?handler=Disable", [])).Dispose();
        Assert.False(await editor.IsSignedInAsync());
        (await admin.PostFieldsAsync($"/backoffice/users/{id}?handler=Enable", [])).Dispose();
        (await admin.PostFieldsAsync($"/backoffice/users/{id}?handler=ResetTwoFactor", [])).Dispose();
        using var visitor = BackofficeSession.Anonymous(server);
        for (var i = 0; i < 5; i++)
        {
            (await visitor.PostSignInAsync(editor.Email, "Mauvaise-Phrase-0")).Dispose();
        }

        Assert.Contains("Verrouillé", await admin.GetStringAsync("/backoffice/users"), StringComparison.Ordinal);
        (await admin.PostFieldsAsync($"/backoffice/users/{id}?handler=Unlock", [])).Dispose();

        using var signIn = await visitor.PostSignInAsync(editor.Email, BackofficeSession.Password);
        Assert.Equal("/backoffice", signIn.Headers.Location?.OriginalString);
        var actions = (await AccountKit.AuditAsync(server)).Where(a => a.Target == $"user:{id}" && a.Action.StartsWith("user.", StringComparison.Ordinal))
            .Select(a => a.Action).ToList();
        Assert.Equal(["user.disable", "user.enable", "user.2fa.reset", "user.unlock"], actions);
    }

    [Fact]
    public async Task AnEditor_HandMadePostToCreateAUser_Gets403_AndTheRefusalIsAudited()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        using var response = await editor.PostFieldsAsync("/backoffice/users/new",
            [new("Email", "intrus@example.fr"), new("DisplayName", "Intrus"), new("Roles", Roles.Administrator)]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await AccountKit.UserAsync(server, "intrus@example.fr"));
        Assert.Contains(await AccountKit.AuditAsync(server), a => a.Action == "permission.UsersManage" && a.Outcome == AuditOutcome.Refused && a.Target == "user:new");
    }

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];
}
