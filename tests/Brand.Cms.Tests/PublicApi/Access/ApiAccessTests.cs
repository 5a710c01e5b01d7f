using System.Globalization;
using System.Net;
using System.Text.Json;
using Brand.PublicApi.Access;

namespace Brand.Cms.Tests.PublicApi.Access;

/// <summary>
/// Quotas, partner keys and CORS of the public API over real HTTP, on an endpoint that asks for them
/// (<see cref="AccessTestEndpoint"/>). Quotas: <see cref="AccessSite.AnonymousPerMinute"/> per address,
/// <see cref="AccessSite.PartnerPerMinute"/> per partner.
/// </summary>
public sealed class ApiAccessTests(AccessSite access) : IClassFixture<AccessSite>
{
    private static readonly Uri _endpoint = new(AccessTestEndpoint.Path, UriKind.Relative);

    [Fact]
    public async Task Anonymous_OverTheQuota_Gets429WithRetryAfterAndAMessage()
    {
        using var client = access.ClientFrom("127.0.0.11");
        for (var i = 0; i < AccessSite.AnonymousPerMinute; i++)
        {
            Assert.Equal(AccessTestEndpoint.Anonymous, await OkBodyAsync(await client.GetAsync(_endpoint)));
        }

        using var refused = await client.GetAsync(_endpoint);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.True(int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 60,
            $"Retry-After: '{retryAfter}' is not a whole number of seconds within the minute.");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var detail = await DetailAsync(refused);
        Assert.Contains("Too many requests", detail, StringComparison.Ordinal);
        Assert.Contains($"Retry after {seconds} s", detail, StringComparison.Ordinal);
        Assert.Contains(ApiAccess.KeyHeader, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerKey_WhereAnonymousIsRefused_GetsThePartnerQuota()
    {
        const string partner = "Région Bretagne";
        using var client = access.ClientFrom("127.0.0.12");
        await ExhaustAnonymousAsync(client);

        for (var i = 0; i < AccessSite.PartnerPerMinute; i++)
        {
            Assert.Equal(partner, await OkBodyAsync(await client.SendAsync(WithKey(HttpMethod.Get, partner))));
        }

        using var refused = await client.SendAsync(WithKey(HttpMethod.Get, partner));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Quotas_OfOnePartnerOrAddress_LeaveOthersAlone()
    {
        // One address spent: another address still has its own quota.
        using var first = access.ClientFrom("127.0.0.13");
        using var second = access.ClientFrom("127.0.0.14");
        await ExhaustAnonymousAsync(first);
        Assert.Equal(AccessTestEndpoint.Anonymous, await OkBodyAsync(await second.GetAsync(_endpoint)));

        // One partner spent, from two addresses (a partner's quota follows its key, not its servers): another partner still has its own.
        const string spent = "Région Occitanie";
        for (var i = 0; i < AccessSite.PartnerPerMinute; i++)
        {
            Assert.Equal(spent, await OkBodyAsync(await (i % 2 == 0 ? first : second).SendAsync(WithKey(HttpMethod.Get, spent))));
        }

        using var refused = await second.SendAsync(WithKey(HttpMethod.Get, spent));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Ville de Rennes", await OkBodyAsync(await first.SendAsync(WithKey(HttpMethod.Get, "Ville de Rennes"))));
    }

    [Fact]
    public async Task UnknownKey_Gets401NamingTheHeader_AndIsNotCountedAsAnonymous()
    {
        using var client = access.ClientFrom("127.0.0.15");
        using var request = new HttpRequestMessage(HttpMethod.Get, _endpoint);
        request.Headers.Add(ApiAccess.KeyHeader, PartnerKeys.NewKey());

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var detail = await DetailAsync(response);
        Assert.Contains(ApiAccess.KeyHeader, detail, StringComparison.Ordinal);
        Assert.Contains("not known", detail, StringComparison.Ordinal);
        // A wrong key is refused, never silently served on the anonymous quota: that quota is still whole.
        for (var i = 0; i < AccessSite.AnonymousPerMinute; i++)
        {
            Assert.Equal(AccessTestEndpoint.Anonymous, await OkBodyAsync(await client.GetAsync(_endpoint)));
        }
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Cors_PreflightFromAnotherOrigin_AllowsTheMethodAndTheKeyHeader(string method)
    {
        using var client = access.ClientFrom("127.0.0.16");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, _endpoint);
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains(method, Listed(response, "Access-Control-Allow-Methods"));
        Assert.Contains(ApiAccess.KeyHeader, Listed(response, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Content-Type", Listed(response, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cors_RequestsFromAnotherOrigin_CarryAllowOriginStar_RefusalsToo()
    {
        using var client = access.ClientFrom("127.0.0.17");
        for (var i = 0; i <= AccessSite.AnonymousPerMinute; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _endpoint);
            request.Headers.Add("Origin", "https://example.org");
            using var response = await client.SendAsync(request);

            Assert.Equal(i < AccessSite.AnonymousPerMinute ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, response.StatusCode);
            // A page on another site can read the answer, and on a refusal how long to wait.
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains("Retry-After", Listed(response, "Access-Control-Expose-Headers"), StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SitePages_WithAnUnknownKey_AreLeftAlone()
    {
        using var client = access.ClientFrom("127.0.0.18");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative));
        request.Headers.Add(ApiAccess.KeyHeader, "not-a-key");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage WithKey(HttpMethod method, string partner)
    {
        var request = new HttpRequestMessage(method, _endpoint);
        request.Headers.Add(ApiAccess.KeyHeader, AccessSite.Keys[partner]);
        return request;
    }

    private static async Task ExhaustAnonymousAsync(HttpClient client)
    {
        for (var i = 0; i < AccessSite.AnonymousPerMinute; i++)
        {
            (await client.GetAsync(_endpoint)).Dispose();
        }

        using var refused = await client.GetAsync(_endpoint);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private static async Task<string> OkBodyAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            return body;
        }
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("detail").GetString() ?? "";
    }

    private static IEnumerable<string> Listed(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)) : [];
}
