using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Account;

/// <summary>The pages that take a password, a code or an address without a session answer 429 past a per-minute quota.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task TheEleventhForgotPasswordPost_InAMinute_Is429_WithAFrenchPageAndRetryAfter()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var visitor = BackofficeSession.Anonymous(server);
        var token = await visitor.TokenAsync("/backoffice/account/forgot-password");

        for (var i = 1; i <= 10; i++)
        {
            using var accepted = await ForgotAsync(visitor, token, $"personne{i}@example.fr");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await ForgotAsync(visitor, token, "personne11@example.fr");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("text/html", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Trop de tentatives", html, StringComparison.Ordinal);
        // Reading the page is not counted, and each page has its own count: signing in still works.
        using (var view = await visitor.GetAsync("/backoffice/account/forgot-password"))
        {
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        }

        await BackofficeSession.CreateUserAsync(server, "editor@example.fr", Roles.Editor);
        using var signIn = await visitor.PostSignInAsync("editor@example.fr", BackofficeSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task PastTheConfiguredQuota_EvenTheRightPasswordIsRefused()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["Backoffice:SignInPerMinute"] = "2" });
        await BackofficeSession.CreateUserAsync(server, "writer@example.fr", Roles.Writer);
        using var visitor = BackofficeSession.Anonymous(server);
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await visitor.PostSignInAsync("writer@example.fr", "Mauvaise-Phrase-0");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var refused = await visitor.PostSignInAsync("writer@example.fr", BackofficeSession.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(await visitor.IsSignedInAsync());
    }

    private static async Task<HttpResponseMessage> ForgotAsync(BackofficeSession visitor, string token, string email)
    {
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("Email", email), KeyValuePair.Create("__RequestVerificationToken", token)]);
        return await visitor.Http.PostAsync("/backoffice/account/forgot-password", content);
    }
}
