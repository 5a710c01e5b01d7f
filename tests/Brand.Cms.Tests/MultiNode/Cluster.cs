using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Content;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.MultiNode;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own data folder and a common shared folder, plus what the
/// tests do to them: publish through one node's backoffice, look at a node as a visitor.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;
    private readonly string _shared;

    private Cluster(PostgresTestDatabase database, string shared, SiteProcess a, SiteProcess b)
    {
        _database = database;
        _shared = shared;
        A = a;
        B = b;
    }

    public SiteProcess A { get; }
    public SiteProcess B { get; }
    public PostgresTestDatabase Database => _database;

    /// <summary>Starts A (which migrates and seeds the empty database), then B.</summary>
    public static async Task<Cluster> StartAsync(IReadOnlyDictionary<string, string>? settingsOfB = null)
    {
        var database = PostgresTestDatabase.Create();
        var shared = Directory.CreateTempSubdirectory("brand-shared-").FullName;
        var cluster = new Cluster(database, shared, new SiteProcess("node-a", database, shared), new SiteProcess("node-b", database, shared, settingsOfB));
        await cluster.A.StartAsync();
        await cluster.B.StartAsync();
        await WarmUpAsync(cluster.A);
        await WarmUpAsync(cluster.B);
        return cluster;
    }

    /// <summary>
    /// One of each request a test times (GraphQL, a page, the search), so the first of them does not pay for the JIT
    /// and the first open of the indexes, as on a node that has been serving for a while.
    /// </summary>
    public static async Task WarmUpAsync(SiteProcess node)
    {
        await GraphQLUrlAsync(node, "nothing");
        await PageContainsAsync(node, "/fr", "");
        await PageContainsAsync(node, "/fr/recherche?q=numerique", "");
    }

    /// <summary>What each node serves of <paramref name="name"/>, for failure messages.</summary>
    public async Task<string> DescribeAsync(string name, string word)
    {
        var lines = new List<string>();
        foreach (var node in new[] { A, B }.Where(n => n.IsRunning))
        {
            var url = await GraphQLUrlAsync(node, name);
            lines.Add($"{node.Name}: GraphQL url {url ?? "(none)"}, page {(url is null ? "-" : await PageContainsAsync(node, url, name))}, "
                + $"search {await PageContainsAsync(node, $"/fr/recherche?q={word}", name)}, health {await node.Http.GetStringAsync("/health")}");
        }

        // The page from A's URL with a query string no one asked before (the output cache varies by it), and GraphQL's raw answer.
        if (!B.IsRunning)
        {
            return string.Join("\n", lines) + "\n" + A.Log;
        }

        if (await GraphQLUrlAsync(A, name) is { } fromA)
        {
            lines.Add($"node-b fresh page has the name: {await PageContainsAsync(B, fromA + "?fresh=" + Guid.NewGuid().ToString("N"), name)}");
        }

        using var raw = await B.Http.PostAsJsonAsync("/graphql", new
        {
            query = "query($n: String!) { events(culture: \"fr\", first: 5, where: { name: { eq: $n } }) { nodes { name url } } }",
            variables = new { n = name },
        });
        lines.Add($"node-b GraphQL answer: {await raw.Content.ReadAsStringAsync()}");
        return string.Join("\n", lines) + "\n" + B.Log;
    }

    /// <summary>A published event of the seed, to edit.</summary>
    public async Task<int> PublishedEventAsync()
    {
        await using var db = new BrandDbContextFactory(DatabaseProvider.Postgres, _database.ConnectionString).CreateDbContext();
        return await db.Nodes.Where(n => n.ContentType == "event" && n.PublishedJson != null && !n.Trashed).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
    }

    /// <summary>Renames item <paramref name="id"/> in French and publishes it, through <paramref name="node"/>'s backoffice.</summary>
    public static async Task PublishNameAsync(NodeSession session, SiteProcess node, int id, string name)
    {
        var page = $"/backoffice/content/{id}?culture=fr";
        var html = await session.GetStringAsync(node, page);
        var form = EditorForm.Parse(html).Set("name.fr", name).Remove("publishCultures").Add("publishCultures", "fr");
        using var response = await session.PostAsync(node, $"/backoffice/content/{id}?handler=publish&culture=fr", await session.TokenAsync(node, page), form.Fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Publish on {node.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The URL GraphQL gives for the French event named <paramref name="name"/>; null while the node does not know it.</summary>
    public static async Task<string?> GraphQLUrlAsync(SiteProcess node, string name)
    {
        using var response = await node.Http.PostAsJsonAsync("/graphql", new
        {
            query = "query($n: String!) { events(culture: \"fr\", first: 5, where: { name: { eq: $n } }) { nodes { name url } } }",
            variables = new { n = name },
        });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("data", out var data) && data.GetProperty("events").GetProperty("nodes") is { ValueKind: JsonValueKind.Array } nodes
            && nodes.GetArrayLength() == 1
            ? nodes[0].GetProperty("url").GetString()
            : null;
    }

    public static async Task<bool> PageContainsAsync(SiteProcess node, string url, string text)
    {
        using var response = await node.Http.GetAsync(url);
        return response.IsSuccessStatusCode && WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Whether the node serves the event named <paramref name="name"/> everywhere: GraphQL, its page, the site search for <paramref name="word"/>.</summary>
    public static async Task<bool> ServesAsync(SiteProcess node, string name, string word) =>
        await GraphQLUrlAsync(node, name) is { } url
        && await PageContainsAsync(node, url, name)
        && await PageContainsAsync(node, $"/fr/recherche?q={word}", name);

    /// <summary>A word no seed item contains, letters only, so the search finds exactly the item named with it.</summary>
    public static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26))));

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_shared, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp clean-up.
        }
    }
}
