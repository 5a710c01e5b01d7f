using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Brand.Cms.Core.Search.Analysis;

/// <summary>The analyzer of every analyzed field: each culture's fields in its language, names folded for prefixes and typos.</summary>
public static class IndexAnalyzer
{
    public static Analyzer Create(IEnumerable<string> cultures)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.NamePlain] = new FoldingAnalyzer(),
        };
        foreach (var culture in cultures)
        {
            var analyzer = new CultureAnalyzer(culture);
            perField[IndexFields.Name(culture)] = analyzer;
            perField[IndexFields.Text(culture)] = analyzer;
        }

        // Anything else is a StringField (not analyzed) or a stored value.
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
}
