using Brand.Cms.Core.Search.Analysis;

namespace Brand.Cms.Tests.Search;

/// <summary>What a visitor types and what the page says must meet on the same terms, in both languages.</summary>
public sealed class AnalysisTests
{
    [Theory]
    [InlineData("fr", "numérique", "numerique")]
    [InlineData("fr", "NUMÉRIQUE", "numerique")]
    [InlineData("fr", "sites", "site")]
    [InlineData("fr", "entreprises", "entreprise")]
    [InlineData("fr", "l'entreprise", "entreprise")]
    [InlineData("fr", "cybersécurité", "cybersecurite")]
    [InlineData("fr", "Île-de-France", "ile-de-france")]
    [InlineData("en", "businesses", "business")]
    [InlineData("en", "websites", "website")]
    [InlineData("en", "Café's", "cafe")]
    [InlineData("en", "training", "trained")]
    public void SameTerms_ForFoldedAndInflectedForms(string culture, string written, string typed)
    {
        using var analyzer = new CultureAnalyzer(culture);

        Assert.Equal(Terms(analyzer, written), Terms(analyzer, typed));
    }

    [Theory]
    [InlineData("fr", "la vente en ligne de produits", 3)]
    [InlineData("en", "the sale of the products online", 3)]
    public void StopWords_AreDropped(string culture, string text, int expected)
    {
        using var analyzer = new CultureAnalyzer(culture);

        Assert.Equal(expected, Terms(analyzer, text).Count);
    }

    [Fact]
    public void Folding_KeepsWordsWhole_ForPrefixesAndTypos()
    {
        using var analyzer = new FoldingAnalyzer();

        Assert.Equal(["atelier", "numerique", "rennais"], Terms(analyzer, "L'Atelier Numérique Rennais"));
    }

    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        TokenReader.Tokens(analyzer, text).Select(t => t.Term).ToList();
}
