using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// A member of the mission team signed in to a <see cref="SiteServer"/> over real HTTP, with the cookies
/// and anti-forgery token a browser would have. Redirects are not followed, so tests see them.
/// </summary>
public sealed partial class BackofficeSession : IDisposable
{
    public const string Password = "Bonne-Phrase-2026";

    private readonly CookieContainer _cookies = new();
    private readonly ServerErrorLog _serverErrors;
    private string? _token;

    private BackofficeSession(SiteServer server, string email)
    {
        Email = email;
        _serverErrors = server.Errors;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = server.Http.BaseAddress };
    }

    public HttpClient Http { get; }
    public string Email { get; }

    /// <summary>Creates a user with <paramref name="roles"/> (none: a user without a role) and signs them in.</summary>
    public static async Task<BackofficeSession> SignInAsync(SiteServer server, params string[] roles)
    {
        var email = $"{(roles.Length == 0 ? "norole" : string.Join("-", roles)).ToLowerInvariant()}-{Guid.NewGuid():N}"[..24] + "@example.fr";
        await CreateUserAsync(server, email, roles);
        var session = new BackofficeSession(server, email);
        using var response = await session.PostFormAsync("/backoffice/account/sign-in", new() { ["Email"] = email, ["Password"] = Password },
            tokenFrom: "/backoffice/account/sign-in");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}{server.Errors.Describe()}");
        }

        session._token = null; // the token is bound to the identity: take a fresh one as the signed-in user
        return session;
    }

    /// <summary>A user in the database, as the users page would create it.</summary>
    public static async Task<BackofficeUser> CreateUserAsync(SiteServer server, string email, params string[] roles)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var user = new BackofficeUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user, Password));
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return user;
    }

    /// <summary>An anonymous visitor with its own cookies, for the sign-in page itself.</summary>
    public static BackofficeSession Anonymous(SiteServer server) => new(server, "");

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {body}{_serverErrors.Describe()}");
    }

    /// <summary>
    /// Posts a form with the anti-forgery token of this session (read once from <paramref name="tokenFrom"/>,
    /// by default the dashboard). Repeated keys: use <see cref="PostFieldsAsync"/>.
    /// </summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? tokenFrom = null) =>
        PostFieldsAsync(url, fields, tokenFrom);

    public async Task<HttpResponseMessage> PostFieldsAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        _token ??= await TokenAsync(tokenFrom ?? "/backoffice");
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", _token)));
        return await Http.PostAsync(url, content);
    }

    /// <summary>The anti-forgery token of a form on <paramref name="page"/>.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{page} has no anti-forgery token.");
    }

    public void Dispose() => Http.Dispose();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
