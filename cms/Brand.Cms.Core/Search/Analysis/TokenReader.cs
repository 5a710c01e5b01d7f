using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Brand.Cms.Core.Search.Analysis;

/// <summary>One term an analyzer produced, with where it came from in the text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);

public static class TokenReader
{
    /// <summary>Runs text through an analyzer and returns its terms with their character offsets.</summary>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
