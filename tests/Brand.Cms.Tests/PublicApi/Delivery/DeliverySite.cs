using System.Net.Http.Headers;
using System.Text.Json;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.PublicApi.Delivery;

/// <summary>
/// The seeded site on a real port, shared by the delivery API test classes (one server for the collection).
/// The anonymous quota is raised: these tests make a few hundred calls a minute from one address, and the
/// quota itself is the access tests' subject.
/// </summary>
public sealed class DeliverySite : IAsyncLifetime
{
    public const string Api = "/umbraco/delivery/api/v2";
    public const string HomeKey = "4991f9ba-c0ec-4870-8f15-5e7a6f0be24f";
    public const string EventsFolderKey = "5a400d6a-e56f-4ff8-9326-2a228f61924e";
    public const string WebinarKey = "17fee48b-d4dd-46e2-99f8-ce2dabe4dc2d";
    public const string ActorKey = "6b680ed8-06b5-4c3f-9efe-8e2f0925e468";
    public const string SiteSettingsKey = "271f75e7-44b0-4ca6-8faa-af4e77ae0cbc";

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);

    public SiteServer Site { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Site = new SiteServer(_database, services: s => s.Configure<ApiAccessOptions>(o => o.AnonymousPerMinute = 100_000));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>GETs a URL with optional delivery headers; returns the response and its body parsed as JSON (default when not JSON).</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string url, string? acceptLanguage = null, string? startItem = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (startItem is not null)
        {
            request.Headers.Add("Start-Item", startItem);
        }

        var response = await Site.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return (response, json);
    }

    /// <summary>GETs a URL that must answer 200 with JSON.</summary>
    public async Task<JsonElement> OkAsync(string url, string? acceptLanguage = null, string? startItem = null)
    {
        var (response, json) = await GetAsync(url, acceptLanguage, startItem);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>GETs a query URL that must answer 200; returns its total and the names of its items.</summary>
    public async Task<(int Total, List<string> Names)> QueryAsync(string query, string? acceptLanguage = null)
    {
        var json = await OkAsync($"{Api}/content?{query}", acceptLanguage);
        return (json.GetProperty("total").GetInt32(), [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)]);
    }

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}

[CollectionDefinition(Name)]
public sealed class DeliverySuite : ICollectionFixture<DeliverySite>
{
    public const string Name = "delivery API";
}
