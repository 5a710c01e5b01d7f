using System.Net;
using System.Text.RegularExpressions;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// A browser signed in to the backoffice of site processes (<see cref="SiteProcess"/>): one cookie jar sent to every node, as a browser behind a
/// load balancer without sticky sessions would. <see cref="On"/> gives the client of one node.
/// </summary>
public sealed partial class NodeSession : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly Dictionary<Uri, HttpClient> _clients = [];

    public HttpClient On(SiteProcess node)
    {
        if (!_clients.TryGetValue(node.BaseAddress, out var client))
        {
            client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = node.BaseAddress };
            _clients[node.BaseAddress] = client;
        }

        return client;
    }

    /// <summary>Signs in as the administrator the nodes were started with.</summary>
    public static async Task<NodeSession> SignInAsync(SiteProcess node)
    {
        var session = new NodeSession();
        var token = await session.TokenAsync(node, "/backoffice/account/sign-in");
        using var response = await session.PostAsync(node, "/backoffice/account/sign-in", token,
            [new("Email", SiteProcess.AdministratorEmail), new("Password", SiteProcess.AdministratorPassword)]);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in on {node.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return session;
    }

    public async Task<string> GetStringAsync(SiteProcess node, string url)
    {
        using var response = await On(node).GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"GET {url} on {node.Name} answered {(int)response.StatusCode}: {body}");
    }

    /// <summary>The anti-forgery token of the first form on <paramref name="page"/>.</summary>
    public async Task<string> TokenAsync(SiteProcess node, string page) => TokenIn(await GetStringAsync(node, page), $"{page} on {node.Name}");

    /// <summary>The anti-forgery token of the first form in a page already read.</summary>
    public static string TokenIn(string html, string page = "the page") =>
        TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{page} has no anti-forgery token.");

    public async Task<HttpResponseMessage> PostAsync(SiteProcess node, string url, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token)));
        return await On(node).PostAsync(url, content);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
