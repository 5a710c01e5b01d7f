using System.Net;
using System.Text;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using static Brand.Cms.Tests.PublicApi.GraphQL.GraphQLClient;

namespace Brand.Cms.Tests.PublicApi.GraphQL;

/// <summary>/graphql against the GraphQL-over-HTTP specification: every status code a client can meet.</summary>
public sealed class TransportTests : IAsyncLifetime
{
    private const string Query = "{ eventList: events(first: 2) { totalCount } }";
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private SiteServer _site = null!;

    private HttpClient Http => _site.Http;

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
    public async Task Post_AnswersInTheTypeTheClientPrefers()
    {
        var modern = await Http.PostAsync(Query);
        Assert.Equal(HttpStatusCode.OK, modern.Status);
        Assert.Equal(GraphQLResponse, modern.ContentType);
        Assert.Equal("utf-8", modern.Response.Content.Headers.ContentType?.CharSet);
        Assert.True(modern.Ok()["eventList"]!["totalCount"]!.GetValue<int>() > 0);

        var legacy = await Http.PostAsync(Query, accept: "application/json");
        Assert.Equal("application/json", legacy.ContentType);

        var weighted = await Http.PostAsync(Query, accept: "application/graphql-response+json;q=0.5, application/json;q=0.9");
        Assert.Equal("application/json", weighted.ContentType);

        var any = await Http.PostAsync(Query, accept: "*/*");
        Assert.Equal(GraphQLResponse, any.ContentType);

        // A type refused with q=0 does not come back through the wildcard.
        var notThat = await Http.PostAsync(Query, accept: "application/graphql-response+json;q=0, */*");
        Assert.Equal("application/json", notThat.ContentType);

        // No Accept at all: an older client, answered as application/json.
        var none = await Http.SendGraphQLAsync(Post($$"""{"query": "{{Query}}"}""", "application/json", accept: null));
        Assert.Equal("application/json", none.ContentType);
    }

    [Theory]
    [InlineData("\n  {\"query\": \"{ events(first: 1) { totalCount } }\"}")]
    [InlineData("\uFEFF{\"query\": \"{ events(first: 1) { totalCount } }\"}")]
    public async Task Post_AcceptsLeadingWhitespaceAndAByteOrderMark(string body)
    {
        var reply = await Http.SendGraphQLAsync(Post(body, "application/json"));
        Assert.True(reply.Ok()["events"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Get_RunsQueries_WithVariablesAsJson()
    {
        var reply = await Http.SendGraphQLAsync(Get("query Events($n: Int) { events(first: $n) { edges { node { name } } } }", """{"n": 1}"""));
        Assert.Single(reply.Ok()["events"]!["edges"]!.AsArray());

        var broken = await Http.SendGraphQLAsync(Get(Query, "{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.StartsWith("variables:", broken.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RefusesMutations_With405AndAllow()
    {
        var reply = await Http.SendGraphQLAsync(Get("mutation { publish }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Contains("POST", reply.Response.Content.Headers.Allow);
        Assert.Contains("POST", reply.FirstError, StringComparison.Ordinal);

        var put = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Fact]
    public async Task UnacceptableAccept_Is406()
    {
        var reply = await Http.SendGraphQLAsync(Post($$"""{"query": "{{Query}}"}""", "application/json", accept: "text/csv"));
        Assert.Equal(HttpStatusCode.NotAcceptable, reply.Status);
        Assert.Contains(GraphQLResponse, reply.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task MissingOrUnsupportedContentType_Is415(string? contentType)
    {
        var reply = await Http.SendGraphQLAsync(Post($$"""{"query": "{{Query}}"}""", contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains("Content-Type", reply.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\": ", "not a valid GraphQL request")]
    [InlineData("[{\"query\": \"{ __typename }\"}]", "JSON object")]
    [InlineData("{\"variables\": {}}", "query: missing")]
    [InlineData("{\"query\": \"{ events(first: 1) { \"}", "syntax error at line 1")]
    public async Task UnreadableRequests_Are400(string body, string message)
    {
        var reply = await Http.SendGraphQLAsync(Post(body, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(message, reply.FirstError, StringComparison.Ordinal);
        Assert.False(reply.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task ValidationAndVariableFailures_Are400WithoutData_ForTheNewType_And200ForLegacyJson()
    {
        var unknownField = await Http.PostAsync("{ events(first: 1) { edges { node { colour } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.Status);
        Assert.False(unknownField.Body.ContainsKey("data"));
        Assert.Contains("colour", unknownField.FirstError, StringComparison.Ordinal);

        // Run once with good values first: a document that passed validation is not validated again,
        // but its variables and complexity still are, on every request.
        Assert.NotNull((await Http.PostAsync("query($n: Int!) { events(first: $n) { totalCount } }", new { n = 3 })).Ok());
        var badVariable = await Http.PostAsync("query($n: Int!) { events(first: $n) { totalCount } }", new { n = "three" });
        Assert.Equal(HttpStatusCode.BadRequest, badVariable.Status);
        Assert.False(badVariable.Body.ContainsKey("data"));
        Assert.Contains("$n", badVariable.FirstError, StringComparison.Ordinal);

        var legacy = await Http.PostAsync("{ events(first: 1) { edges { node { colour } } } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.False(legacy.Body.ContainsKey("data"));
        Assert.NotNull(legacy.Errors);
    }

    [Fact]
    public async Task Utf8_RoundTripsAccentsBothWays()
    {
        var reply = await Http.PostAsync("query($t: String!) { events(first: 10, where: { name: { contains: $t } }) { nodes { name } } }", new { t = "expérience" });
        var names = reply.Ok()["events"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("d'expérience", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Browser_GetsGraphiQL()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sdl_IsServed_AsCommitted()
    {
        var response = await Http.GetAsync("/graphql/schema.graphql");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Equal(_site.Get<Brand.PublicApi.GraphQL.Execution.ContentSchema>().Sdl, sdl);
        Assert.Contains("type LabelledActor implements Node & Content", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_IsOpenToAnyOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://region.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}

/// <summary>A slow step put in front of every execution, to see what happens when a query takes long.</summary>
public sealed class SlowExecution(TimeSpan delay) : IConfigureExecution
{
    private readonly TaskCompletionSource<bool> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public float SortOrder => 0;

    /// <summary>Completes once an execution reached the slow step.</summary>
    public Task<bool> Started => _started.Task;

    /// <summary>Completes with true once a running execution saw its token cancelled.</summary>
    public Task<bool> Cancelled => _cancelled.Task;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        _started.TrySetResult(true);
        try
        {
            await Task.Delay(delay, options.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult(true);
            throw;
        }

        return await next(options);
    }
}

/// <summary>Cancellation and the timeout, with a slow step added to every execution.</summary>
public sealed class SlowQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private readonly SlowExecution _slow = new(TimeSpan.FromSeconds(30));
    private SiteServer _site = null!;

    public Task InitializeAsync()
    {
        _site = new SiteServer(_database, services: s => s.AddSingleton<IConfigureExecution>(_slow),
            settings: new Dictionary<string, string?> { ["PublicApi:GraphQL:Timeout"] = "00:00:03" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ClientGoingAway_CancelsTheExecution()
    {
        using var impatient = new HttpClient { BaseAddress = _site.Http.BaseAddress };
        using var leave = new CancellationTokenSource();
        var request = impatient.SendAsync(Post("""{"query": "{ events(first: 1) { totalCount } }"}""", "application/json"), leave.Token);
        await _slow.Started.WaitAsync(TimeSpan.FromSeconds(20));
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        // Well before the 3 s timeout could be what stopped it.
        Assert.True(await _slow.Cancelled.WaitAsync(TimeSpan.FromSeconds(1)), "the execution went on after the client left");
    }

    [Fact]
    public async Task SlowQuery_StopsAtTheTimeout_WithAClearError()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reply = await _site.Http.PostAsync("{ events(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Contains("longer than 3 s and was stopped (timeout)", reply.FirstError, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(12));
        Assert.False(reply.Body.ContainsKey("data"));
    }
}
