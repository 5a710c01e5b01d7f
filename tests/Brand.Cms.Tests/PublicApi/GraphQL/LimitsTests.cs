using System.Net;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.PublicApi.GraphQL;

/// <summary>Depth, complexity and cost: refusals say which limit was hit; batching keeps lookups flat.</summary>
public sealed class LimitsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private SiteServer _site = null!;

    public Task InitializeAsync()
    {
        _site = new SiteServer(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TooDeep_IsRefusedBeforeRunning()
    {
        var reply = await _site.Http.PostAsync("""
            { events(first: 1) { nodes { parent { parent { children(first: 1) { nodes { parent { children(first: 1) { nodes { parent { parent { ancestors { parent { parent { parent { parent { id } } } } } } } } } } } } } } } } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("17 levels deep; the limit is 15", reply.FirstError, StringComparison.Ordinal);
        Assert.False(reply.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task TooComplex_IsRefused_NamingTheBudget()
    {
        const string Query = """
            query($n: Int!) { labelledActors(first: $n) { nodes { eventsByOrganiserActor(first: $n) { nodes { organiserActor { eventsByOrganiserActor(first: $n) { nodes { name } } } } } } } }
            """;
        Assert.NotNull((await _site.Http.PostAsync(Query, new { n = 2 })).Ok());
        // The same document, now known to be valid: the budget still applies to the values sent.
        var reply = await _site.Http.PostAsync(Query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("the budget is 50000", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_StaysOn_AndCostsLittle()
    {
        var reply = await _site.Http.PostAsync("""
            { __schema { types { name fields(includeDeprecated: true) { name args { name type { name ofType { name ofType { name } } } } type { name ofType { name ofType { name } } } } } } }
            """);
        Assert.Contains(reply.Ok()["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "LabelledActor");
        Assert.True(reply.Cost("complexity")!.GetValue<double>() < 10, reply.Cost("complexity")!.ToJsonString());
    }

    [Fact]
    public async Task Cost_IsReportedInExtensions()
    {
        var reply = await _site.Http.PostAsync("{ events(first: 10) { nodes { name } } }");
        reply.Ok();
        // events 1, nodes 1, and name once per item asked for: 1 × 10.
        Assert.Equal(12, reply.Cost("complexity")!.GetValue<double>());
        Assert.Equal(50_000, reply.Cost("maxComplexity")!.GetValue<int>());
        Assert.Equal(3, reply.Cost("depth")!.GetValue<int>());
        Assert.True(reply.Cost("milliseconds")!.GetValue<double>() >= 0);
    }

    [Fact]
    public async Task HundredItemsWithReferences_CostAConstantNumberOfLookups()
    {
        var snapshot = _site.Get<PublishedContentCache>().Current;
        var folder = snapshot.GetByRoute("/fr/evenements")!;
        var actors = (await _site.Http.PostAsync("{ labelledActors(first: 100) { nodes { key } } }")).Ok()["labelledActors"]!["nodes"]!.AsArray()
            .Select(n => n!["key"]!.GetValue<string>()).ToList();
        var editor = _site.Get<ContentEditor>();
        var publishing = _site.Get<PublishingService>();
        for (var i = 0; i < 100; i++)
        {
            var created = Ok(await editor.CreateAsync(new NewContent("event", folder.Id,
                Docs.Named($"Atelier numéro {i}", $"Workshop number {i}")
                    .With("summary", "fr", "Un atelier.").With("summary", "en", "A workshop.")
                    .With("organiser", "fr", "Mission").With("organiser", "en", "Mission")
                    .With("organiserActor", "", actors[i % actors.Count])
                    .With("eventType", "", "workshop").With("eventMode", "", "online").With("startDate", "", "2027-02-10T10:00:00+01:00"), "alice")));
            Ok(await publishing.PublishAsync(created.Id, null, "alice"));
        }

        const string Query = """
            query($n: Int!) { events(first: $n, where: { name: { startsWith: "Atelier numéro" } }) { totalCount nodes {
                name parent { name } ancestors { name } children(first: 5) { totalCount }
                organiserActor { name kind { label } eventsByOrganiserActor(first: 3) { nodes { name organiserActor { name } } } } } } }
            """;
        var ten = await _site.Http.PostAsync(Query, new { n = 10 });
        var hundred = await _site.Http.PostAsync(Query, new { n = 100 });
        Assert.Equal(100, hundred.Ok()["events"]!["nodes"]!.AsArray().Count);
        Assert.All(hundred.Ok()["events"]!["nodes"]!.AsArray(), e => Assert.NotNull(e!["organiserActor"]));
        Assert.Equal(ten.Cost("lookups")!.GetValue<int>(), hundred.Cost("lookups")!.GetValue<int>());
        // The root list, parent, ancestors, children, organiser, the organiser's events; their organisers
        // were loaded one level up, so the last level costs nothing.
        Assert.Equal(6, hundred.Cost("lookups")!.GetValue<int>());
    }
}
