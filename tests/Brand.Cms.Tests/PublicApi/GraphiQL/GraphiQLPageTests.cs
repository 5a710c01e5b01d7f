using System.Net;
using System.Text.RegularExpressions;
using Brand.PublicApi.GraphiQL;
using Microsoft.AspNetCore.Http;

namespace Brand.Cms.Tests.PublicApi.GraphiQL;

/// <summary>The GraphiQL page's HTML, without a browser: French, titled, usable without JavaScript, ready for a strict CSP.</summary>
public sealed partial class GraphiQLPageTests
{
    private readonly string _html = GraphiQLPage.Html("/graphql");

    [Fact]
    public void Html_IsAFrenchDocumentWithItsTitleAndANoscriptMessage()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", _html, StringComparison.Ordinal);
        Assert.Contains("<title>Croissance Connectée — explorateur GraphQL</title>", _html, StringComparison.Ordinal);
        Assert.Matches("<noscript><p>[^<]*JavaScript[^<]*POST à /graphql", _html);
        Assert.EndsWith("</html>\n", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_LoadsOnlyOurAssets_AndHasNoInlineScriptOrStyle()
    {
        Assert.Equal(GraphiQLPage.Scripts, Script().Matches(_html).Select(m => m.Groups[1].Value));
        Assert.Equal(GraphiQLPage.Stylesheets, Stylesheet().Matches(_html).Select(m => m.Groups[1].Value));
        Assert.All(GraphiQLPage.Scripts.Concat(GraphiQLPage.Stylesheets), url => Assert.StartsWith("/_content/Brand.PublicApi/", url, StringComparison.Ordinal));
        // Every script is a file (no inline code), and no style attribute or element: a strict CSP needs neither 'unsafe-inline'.
        Assert.Equal(_html.Split("<script").Length - 1, Script().Count(_html));
        Assert.DoesNotContain("style=", _html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", _html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_CarriesTheEndpointAndTheDefaultQuery_Encoded()
    {
        var html = GraphiQLPage.Html("/api/\"graphql\"");

        Assert.Equal("/api/\"graphql\"", WebUtility.HtmlDecode(EndpointAttribute().Match(html).Groups[1].Value));
        Assert.Equal(GraphiQLPage.DefaultQuery, WebUtility.HtmlDecode(DefaultQueryAttribute().Match(html).Groups[1].Value));
        Assert.Contains("labelledActors", GraphiQLPage.DefaultQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "", true)]
    [InlineData("GET", "application/json", "", false)]
    [InlineData("GET", "*/*", "", false)]
    [InlineData("GET", "text/html", "?query={__typename}", false)]
    [InlineData("POST", "text/html", "", false)]
    public void IsRequestedBy_OnlyABrowserOpeningTheEndpoint(string method, string accept, string query, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Headers.Accept = accept;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);

        Assert.Equal(expected, GraphiQLPage.IsRequestedBy(context.Request));
    }

    [GeneratedRegex("data-endpoint=\"([^\"]*)\"")]
    private static partial Regex EndpointAttribute();

    [GeneratedRegex("data-default-query=\"([^\"]*)\"")]
    private static partial Regex DefaultQueryAttribute();

    [GeneratedRegex("<script defer src=\"([^\"]+)\"></script>")]
    private static partial Regex Script();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex Stylesheet();
}
