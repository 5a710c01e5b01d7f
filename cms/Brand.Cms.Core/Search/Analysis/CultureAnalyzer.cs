using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Brand.Cms.Core.Search.Analysis;

/// <summary>
/// Turns text of one language into index terms: words, elisions and possessives removed, lower case,
/// stop words dropped, accents folded, then a light stemmer. Query text goes through the same chain, so
/// "numerique" meets "numérique" and "sites" meets "site". Stop words are dropped before folding because
/// the stop lists are accented ("à", "été").
/// </summary>
public sealed class CultureAnalyzer(string culture) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Culture { get; } = culture;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = source;
        switch (Culture)
        {
            case "fr":
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
                stream = new ASCIIFoldingFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                break;
            case "en":
                stream = new EnglishPossessiveFilter(Version, stream);
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                break;
            default:
                stream = new LowerCaseFilter(Version, stream);
                stream = new ASCIIFoldingFilter(stream);
                break;
        }

        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// Words folded but not stemmed, in any language: for names, where type-ahead prefixes and typo-tolerant
/// matching must see the word as it is spelt.
/// </summary>
public sealed class FoldingAnalyzer : Analyzer
{
    private static readonly CharArraySet Articles = FrenchAnalyzer.DEFAULT_ARTICLES;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(CultureAnalyzer.Version, reader);
        TokenStream stream = new ElisionFilter(source, Articles);
        stream = new LowerCaseFilter(CultureAnalyzer.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
