using System.Collections.Concurrent;
using System.Net;
using Brand.Cms.Tests.EndToEnd;
using Brand.PublicApi.Access;
using Brand.PublicApi.GraphiQL;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.PublicApi.GraphiQL;

/// <summary>
/// GraphiQL at GET /graphql in Chromium: everything it loads comes from the site itself (npm through the
/// build, no CDN), the default query runs, and a partner's key typed in the headers editor goes with it.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class GraphiQLTests(SiteBrowserFixture site)
{
    private const string Endpoint = "/graphql";

    [Fact]
    public async Task Graphql_OpenedInABrowser_ShowsGraphiQLFromTheSiteAlone_AndRunsTheDefaultQuery()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);
        var answered = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        page.Response += (_, response) => answered[new Uri(response.Url).AbsolutePath] = response.Status;

        var document = await page.GotoAsync(Endpoint);

        Assert.NotNull(document);
        Assert.Equal(200, document.Status);
        Assert.StartsWith("text/html", await document.HeaderValueAsync("content-type"), StringComparison.Ordinal);
        Assert.Equal("Croissance Connectée — explorateur GraphQL", await page.TitleAsync());
        await Assertions.Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        foreach (var asset in GraphiQLPage.Scripts.Concat(GraphiQLPage.Stylesheets))
        {
            Assert.True(answered.TryGetValue(asset, out var status) && status == 200, $"{asset}: {(answered.TryGetValue(asset, out var s) ? s : "never requested")}");
        }

        await page.Locator(".graphiql-execute-button").ClickAsync();

        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("totalCount");
        Assert.DoesNotContain("\"errors\"", await result.InnerTextAsync(), StringComparison.Ordinal);
        // No request to another host, no script error, nothing answered 4xx or 5xx.
        problems.AssertNone();
    }

    [Fact]
    public async Task Graphql_KeyTypedInTheHeadersEditor_IsSentWithTheQuery()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        var sent = new ConcurrentQueue<IRequest>();
        page.Request += (_, request) => sent.Enqueue(request);
        await page.GotoAsync(Endpoint);

        await page.GetByRole(AriaRole.Button, new() { Name = "Headers", Exact = true }).ClickAsync();
        // Through CodeMirror's own API: typing would fight its bracket auto-closing.
        await page.Locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror").EvaluateAsync(
            "(editor, headers) => editor.CodeMirror.setValue(headers)", $$"""{ "{{ApiAccess.KeyHeader}}": "cc_not-a-partner-key" }""");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        // An unknown key is refused (401) with a message naming the header, shown as the result.
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync($"{ApiAccess.KeyHeader}: this key is not known");
        var query = sent.Last(r => r.Method == "POST" && new Uri(r.Url).AbsolutePath == Endpoint);
        Assert.Equal("cc_not-a-partner-key", await query.HeaderValueAsync(ApiAccess.KeyHeader));
    }

    [Fact]
    public async Task Assets_EachUrl_Answers200WithItsContentType()
    {
        foreach (var asset in GraphiQLPage.Scripts.Concat(GraphiQLPage.Stylesheets))
        {
            using var response = await site.Http.GetAsync(new Uri(asset, UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            var expected = asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Content.Headers.ContentLength > 0, $"{asset} is empty.");
        }
    }
}
