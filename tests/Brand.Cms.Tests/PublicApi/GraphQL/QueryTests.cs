using System.Net;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.PublicApi.GraphQL;

/// <summary>What partners query: lists with paging, filters and order, references, global IDs, search and the directory.</summary>
public sealed class QueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private SiteServer _site = null!;

    private HttpClient Http => _site.Http;

    public async Task InitializeAsync()
    {
        _site = new SiteServer(_database);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_site.Get<SearchIndexes>().External.Index.IsOpen && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<JsonNode> Data(string query, object? variables = null) => (await Http.PostAsync(query, variables)).Ok();

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Paging_WalksTheWholeList_WithoutRepeatsOrGaps()
    {
        var all = Names((await Data("{ labelledActors(first: 100) { totalCount edges { node { name } } } }"))["labelledActors"]!);
        var total = all.Count;
        Assert.True(total > 20, $"the seed has {total} actors");

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await Data("query($after: String) { labelledActors(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }", new { after }))["labelledActors"]!;
            Assert.Equal(total, page["totalCount"]!.GetValue<int>());
            seen.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(all, seen);

        var last = (await Data("{ labelledActors(last: 3) { pageInfo { hasPreviousPage hasNextPage } edges { node { name } } } }"))["labelledActors"]!;
        Assert.Equal(all[^3..], Names(last));
        Assert.True(last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{ labelledActors { totalCount } }", "give `first` or `last`")]
    [InlineData("{ labelledActors(first: 101) { totalCount } }", "between 0 and 100")]
    [InlineData("{ labelledActors(last: -1) { totalCount } }", "between 0 and 100")]
    [InlineData("{ labelledActors(first: 5, after: \"bm90IGEgY3Vyc29y\") { totalCount } }", "not a cursor")]
    [InlineData("{ labelledActors(first: 5, after: \"bzoyMTQ3NDgzNjQ3\") { totalCount } }", "not a cursor")]
    [InlineData("{ labelledActors(first: 5, culture: \"de\") { totalCount } }", "`culture` must be one of fr, en")]
    [InlineData("{ node(id: \"nope\") { id } }", "not a global ID")]
    [InlineData("{ labelledActors(first: 5, order: [{ name: ASC, city: DESC }]) { totalCount } }", "exactly one field")]
    public async Task BadArguments_AreErrorsNamingTheArgument(string query, string message)
    {
        var reply = await Http.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains(message, reply.FirstError, StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", reply.Errors![0]!["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Where_CombinesOperations_AndOrder_SortsAsAsked()
    {
        var labelled = await Data("""
            { labelledActors(first: 100, where: { kind: { eq: "labelledConnector" }, specialties: { contains: "website" } }, order: [{ city: ASC }, { name: DESC }]) {
                nodes { name city kind { value label } specialties { value } } } }
            """);
        var nodes = labelled["labelledActors"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal("labelledConnector", n!["kind"]!["value"]!.GetValue<string>());
            Assert.Equal("Connecteur labellisé", n["kind"]!["label"]!.GetValue<string>());
            Assert.Contains(n["specialties"]!.AsArray(), s => s!["value"]!.GetValue<string>() == "website");
        });
        var cities = nodes.Select(n => n!["city"]!.GetValue<string>()).ToList();
        Assert.Equal(cities.Order(StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)), cities);

        var either = await Data("""
            { labelledActors(first: 100, where: { or: [{ kind: { eq: "partnerOrganisation" } }, { kind: { eq: "volunteerConnector" } }] }) { nodes { kind { value } } } }
            """);
        var kinds = either["labelledActors"]!["nodes"]!.AsArray().Select(n => n!["kind"]!["value"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.Equal(["partnerOrganisation", "volunteerConnector"], kinds);

        var after = await Data("""
            { events(first: 100, where: { startDate: { gt: "2026-10-15T00:00:00Z" }, eventType: { in: ["workshop", "webinar"] } }, order: [{ startDate: ASC }]) { nodes { startDate eventType { value } } } }
            """);
        var events = after["events"]!["nodes"]!.AsArray();
        Assert.NotEmpty(events);
        var starts = events.Select(e => DateTimeOffset.Parse(e!["startDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(starts, s => Assert.True(s > new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(starts.Order(), starts);
        Assert.All(events, e => Assert.Contains(e!["eventType"]!["value"]!.GetValue<string>(), new[] { "workshop", "webinar" }));

        var none = await Data("""{ events(first: 5, where: { and: [{ isFree: { eq: true } }, { isFree: { eq: false } }] }) { totalCount } }""");
        Assert.Equal(0, none["events"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Culture_ChangesNamesLabelsAndUrls()
    {
        var data = await Data("""
            { fr: events(first: 1) { nodes { id name url eventType { label } } } en: events(first: 1, culture: "en") { nodes { id name url eventType { label } } } }
            """);
        var fr = data["fr"]!["nodes"]![0]!;
        var en = data["en"]!["nodes"]![0]!;
        Assert.Equal(fr["id"]!.GetValue<string>(), en["id"]!.GetValue<string>());
        Assert.StartsWith("/fr/", fr["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("/en/", en["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(fr["name"]!.GetValue<string>(), en["name"]!.GetValue<string>());
        Assert.Equal("Webinar", en["eventType"]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task GlobalIds_RefetchThroughNodeAndNodes()
    {
        var first = (await Data("{ events(first: 2) { nodes { id name } } }"))["events"]!["nodes"]!.AsArray();
        var ids = first.Select(n => n!["id"]!.GetValue<string>()).ToArray();
        var node = await Data("query($id: ID!) { node(id: $id) { id ... on Event { name } } }", new { id = ids[0] });
        Assert.Equal(first[0]!["name"]!.GetValue<string>(), node["node"]!["name"]!.GetValue<string>());

        var nodes = await Data("query($ids: [ID!]!) { nodes(ids: $ids, culture: \"en\") { id ... on Content { culture } } }", new { ids = new[] { ids[1], ids[0] } });
        Assert.Equal([ids[1], ids[0]], nodes["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.All(nodes["nodes"]!.AsArray(), n => Assert.Equal("en", n!["culture"]!.GetValue<string>()));
    }

    [Fact]
    public async Task References_ResolveBothWays_AndBlocksComeAsUnions()
    {
        var data = await Data("""
            { events(first: 100, where: { organiserActor: { any: true } }) {
                nodes { name organiserActor { name eventsByOrganiserActor(first: 10) { nodes { name } } } } }
              homes(first: 1) { nodes { keyFigures { __typename ... on KeyFigure { value source } } blocks { __typename } } } }
            """);
        var events = data["events"]!["nodes"]!.AsArray();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            var organiser = e!["organiserActor"]!;
            Assert.Contains(organiser["eventsByOrganiserActor"]!["nodes"]!.AsArray(), back => back!["name"]!.GetValue<string>() == e["name"]!.GetValue<string>());
        });

        var figures = data["homes"]!["nodes"]![0]!["keyFigures"]!.AsArray();
        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.Equal("KeyFigure", f!["__typename"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(f["source"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task OnlyPublishedContentIsServed()
    {
        var snapshot = _site.Get<PublishedContentCache>().Current;
        var folder = snapshot.GetByRoute("/fr/evenements")!;
        var draft = Ok(await _site.Get<ContentEditor>().CreateAsync(new NewContent("event", folder.Id,
            Docs.Named("Brouillon secret d'atelier", "Secret draft workshop")
                .With("summary", "fr", "Pas encore publié.").With("summary", "en", "Not yet published.")
                .With("organiser", "fr", "Mission").With("organiser", "en", "Mission")
                .With("eventType", "", "workshop").With("eventMode", "", "online").With("startDate", "", "2027-01-10T10:00:00+01:00"), "alice")));
        const string Query = """{ events(first: 100, where: { name: { contains: "secret" } }) { totalCount } }""";
        Assert.Equal(0, (await Data(Query))["events"]!["totalCount"]!.GetValue<int>());

        Ok(await _site.Get<PublishingService>().PublishAsync(draft.Id, ["fr"], "alice"));
        Assert.Equal(1, (await Data(Query))["events"]!["totalCount"]!.GetValue<int>());
        // Published in French only: not there in English.
        Assert.Equal(0, (await Data(Query.Replace("first: 100", "first: 100, culture: \"en\"", StringComparison.Ordinal)))["events"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_FindsPublishedText_WithFacetsAndSnippets()
    {
        var data = await Data("""
            { search(text: "cybersécurité", first: 5) { totalCount facets { name values { value label count } } edges { snippet node { __typename name url } } } }
            """);
        var search = data["search"]!;
        Assert.True(search["totalCount"]!.GetValue<int>() > 0);
        Assert.Contains(search["edges"]!.AsArray(), e => e!["snippet"]?.GetValue<string>().Contains("<mark>", StringComparison.Ordinal) == true);
        var types = search["facets"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "contentType")!["values"]!.AsArray();
        Assert.Equal(search["totalCount"]!.GetValue<int>(), types.Sum(t => t!["count"]!.GetValue<int>()));
        Assert.All(types, t => Assert.NotEqual(t!["value"]!.GetValue<string>(), t["label"]!.GetValue<string>()));

        var unknown = await Http.PostAsync("""{ search(text: "x", contentTypes: ["rocket"], first: 5) { totalCount } }""");
        Assert.Contains("rocket", unknown.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_FiltersLikeTheSite_WithDistancesAndFacetCounts()
    {
        var rennes = new { lat = 48.1173, lon = -1.6778 };
        var data = await Data("""
            query($near: GeoPointInput) { directory(near: $near, radiusKm: 100, first: 20, label: [VALID]) {
                totalCount facets { name values { value count } } edges { distanceKm node { name city location { lat lon } } } } }
            """, new { near = rennes });
        var directory = data["directory"]!;
        var edges = directory["edges"]!.AsArray();
        Assert.NotEmpty(edges);
        // Volunteer connectors' positions are withheld, and so is their distance, which would give it away.
        Assert.All(edges.Where(e => e!["node"]!["location"] is null), e => Assert.Null(e!["distanceKm"]));
        var distances = edges.Where(e => e!["node"]!["location"] is not null).Select(e => e!["distanceKm"]!.GetValue<double>()).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 100));
        Assert.Equal(distances.Order(), distances);
        Assert.Contains(directory["facets"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "specialties");

        var refused = await Http.PostAsync("""{ directory(kind: ["astronaut"], first: 5) { totalCount } }""");
        Assert.Contains("astronaut", refused.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_CountWhatIsPublished()
    {
        var data = await Data("""{ fr: indicators { id label value unit } en: indicators(culture: "en") { id label } }""");
        var fr = data["fr"]!.AsArray();
        var total = fr.Single(i => i!["id"]!.GetValue<string>() == "actors.total")!;
        var published = (await Data("{ labelledActors(first: 1) { totalCount } }"))["labelledActors"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(published, total["value"]!.GetValue<decimal>());
        Assert.Equal(fr.Select(i => i!["id"]!.GetValue<string>()), data["en"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.NotEqual(total["label"]!.GetValue<string>(), data["en"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "actors.total")!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerConnectors_ContactDetailsAreWithheld_EvenFromFilters()
    {
        var data = await Data("""
            { volunteers: labelledActors(first: 100, where: { kind: { eq: "volunteerConnector" } }) { nodes { name city email phone address location { lat } } }
              businesses: labelledActors(first: 100, where: { kind: { eq: "labelledConnector" } }) { nodes { email phone } }
              guessed: labelledActors(first: 100, where: { kind: { eq: "volunteerConnector" }, email: { contains: "@" } }) { totalCount } }
            """);
        var volunteers = data["volunteers"]!["nodes"]!.AsArray();
        Assert.NotEmpty(volunteers);
        Assert.All(volunteers, v =>
        {
            Assert.False(string.IsNullOrEmpty(v!["city"]?.GetValue<string>()));
            Assert.Null(v["email"]);
            Assert.Null(v["phone"]);
            Assert.Null(v["address"]);
            Assert.Null(v["location"]);
        });
        Assert.Contains(data["businesses"]!["nodes"]!.AsArray(), b => b!["email"] is not null);
        Assert.Equal(0, data["guessed"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SearchAndDirectory_TakeWhereAndOrderToo()
    {
        var data = await Data("""
            { all: directory(first: 100) { totalCount }
              labelled: directory(first: 100, where: { kind: { eq: "labelledConnector" } }, order: [{ city: DESC }]) { totalCount nodes { city kind { value } } }
              pages: search(text: "numérique", first: 100, where: { contentType: { eq: "event" } }, order: [{ name: ASC }]) { totalCount nodes { contentType name } } }
            """);
        var labelled = data["labelled"]!;
        var nodes = labelled["nodes"]!.AsArray();
        Assert.InRange(labelled["totalCount"]!.GetValue<int>(), 1, data["all"]!["totalCount"]!.GetValue<int>() - 1);
        Assert.Equal(nodes.Count, labelled["totalCount"]!.GetValue<int>());
        Assert.All(nodes, n => Assert.Equal("labelledConnector", n!["kind"]!["value"]!.GetValue<string>()));
        var cities = nodes.Select(n => n!["city"]!.GetValue<string>()).ToList();
        Assert.Equal(cities.OrderDescending(StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)), cities);

        var pages = data["pages"]!["nodes"]!.AsArray();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal("event", p!["contentType"]!.GetValue<string>()));
        var names = pages.Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true)), names);
    }
}
