using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice;

public sealed class SignInTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnEditor_SignsIn_AndReachesTheDashboard_OnEitherDatabase(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        var dashboard = await editor.GetStringAsync("/backoffice");

        Assert.Contains("Tableau de bord", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/content\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/backoffice/users\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSigningIn_APageRedirectsToSignIn_AndAPostIsRefusedWith401()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);

        using var page = await server.Http.GetAsync("/backoffice");
        using var post = await server.Http.PostAsync("/backoffice/account/sign-out-everywhere", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/backoffice/account/sign-in?returnUrl=%2Fbackoffice", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.True(post.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"got {post.StatusCode}");
    }

    [Fact]
    public async Task AWrongPassword_KeepsTheEmail_SaysWhy_AndIsAudited()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "writer@example.fr", Roles.Writer);
        using var visitor = BackofficeSession.Anonymous(server);

        using var response = await visitor.PostFormAsync("/backoffice/account/sign-in",
            new() { ["Email"] = "writer@example.fr", ["Password"] = "not-the-password" }, tokenFrom: "/backoffice/account/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mot de passe incorrect", html, StringComparison.Ordinal);
        Assert.Contains("value=\"writer@example.fr\"", html, StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "signin" && a.Outcome == AuditOutcome.Failed && a.Actor == "writer@example.fr");
    }

    [Fact]
    public async Task EveryBackofficeAnswer_IsNeverCached_NeverIndexed_NeverFramed()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);

        using var response = await server.Http.GetAsync("/backoffice/account/sign-in");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionCookie_IsHttpOnly_Strict_AndLimitedToTheBackoffice()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await BackofficeSession.CreateUserAsync(server, "editor@example.fr", Roles.Editor);
        using var visitor = BackofficeSession.Anonymous(server);

        using var response = await visitor.PostFormAsync("/backoffice/account/sign-in",
            new() { ["Email"] = "editor@example.fr", ["Password"] = BackofficeSession.Password }, tokenFrom: "/backoffice/account/sign-in");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("brand.backoffice=", StringComparison.Ordinal));

        Assert.Contains("path=/backoffice", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BehindAnHttpsProxyOnThisMachine_TheCookiesAreSecure()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/account/sign-in");
        // The proxy (nginx on loopback) terminates TLS and says so; the app then marks its cookies Secure.
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var behindProxy = await server.Http.SendAsync(request);
        using var plain = await server.Http.GetAsync("/backoffice/account/sign-in");

        Assert.Contains("secure", Antiforgery(behindProxy), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", Antiforgery(plain), StringComparison.OrdinalIgnoreCase);
    }

    private static string Antiforgery(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("brand.antiforgery=", StringComparison.Ordinal));

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];
}
