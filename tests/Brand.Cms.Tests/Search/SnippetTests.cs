using Brand.Cms.Core.Search.Analysis;
using Brand.Cms.Core.Search.Querying;

namespace Brand.Cms.Tests.Search;

/// <summary>Snippets go into pages as HTML: the text must be encoded, only the marks are markup.</summary>
public sealed class SnippetTests
{
    /// <summary>The snippet of <paramref name="text"/> for a search of <paramref name="query"/>, as the query builder would stem it.</summary>
    private static string? Snippet(string text, string query)
    {
        using var culture = new CultureAnalyzer("fr");
        using var folding = new FoldingAnalyzer();
        var terms = new HighlightTerms();
        foreach (var token in TokenReader.Tokens(culture, query))
        {
            terms.Stems.Add(token.Term);
        }

        return SnippetBuilder.Build(text, terms, culture, folding);
    }

    [Fact]
    public void Markup_InTheText_IsEncoded_AndMatchesNextToItAreMarked()
    {
        var html = Snippet("<script>alert('x')</script>Formation & <b>numérique</b>", "formations numeriques");

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;<mark>Formation</mark> &amp; &lt;b&gt;<mark>numérique</mark>&lt;/b&gt;", html);
    }

    [Fact]
    public void LongText_IsCutAroundTheMatches_AtWordBoundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("remplissage", 40)) + " la cybersécurité des commerces " + string.Join(' ', Enumerable.Repeat("fin", 60));

        var html = Snippet(text, "cybersecurite")!;

        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.Contains("<mark>cybersécurité</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("remplis ", html.Replace("remplissage", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
