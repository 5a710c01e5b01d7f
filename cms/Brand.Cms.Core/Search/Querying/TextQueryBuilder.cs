using System.Text.RegularExpressions;
using Brand.Cms.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>The text part of a query, what to highlight, and whether broken syntax was read as plain words.</summary>
internal sealed record TextQuery(Query? Query, HighlightTerms Highlights, bool Reinterpreted);

/// <summary>
/// Builds the text query. Plain words (what nearly everyone types) each must match, by stem in the name
/// or the text, with typos in the name, and the last word also as a prefix while it is being typed.
/// Text with query syntax (quotes for a phrase, +, -, *, AND, OR…) goes to Lucene's classic parser;
/// when that fails, the text is searched as plain words: a visitor never gets an error page for a quote too many.
/// </summary>
internal sealed partial class TextQueryBuilder(Analyzer indexAnalyzer, CultureAnalyzer culture, FoldingAnalyzer folding, IndexReader reader)
{
    private const float NameBoost = 3f;
    private const int MaxWords = 10;

    public TextQuery Build(string? text)
    {
        var highlights = new HighlightTerms();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TextQuery(null, highlights, false);
        }

        text = Bounded(text);
        if (Syntax().IsMatch(text))
        {
            try
            {
                var parsed = Parser().Parse(text);
                CollectTerms(parsed, highlights);
                return new TextQuery(parsed, highlights, false);
            }
            catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException)
            {
                // Nothing left once the syntax is set aside ("(((("): nothing matches, rather than everything.
                return new TextQuery(Words(Syntax().Replace(text, " "), highlights) ?? new BooleanQuery(), highlights, true);
            }
        }

        return new TextQuery(Words(text, highlights), highlights, false);
    }

    private BooleanQuery? Words(string text, HighlightTerms highlights)
    {
        var words = TokenReader.Tokens(folding, text);
        var typing = words.Count > 0 && words[^1].End == text.TrimEnd().Length && !char.IsWhiteSpace(text[^1]);
        var query = new BooleanQuery();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var stems = TokenReader.Tokens(culture, text[word.Start..word.End]);
            if (stems.Count == 0 && words.Count > 1)
            {
                // A stop word ("de", "en", "the") adds nothing, not even as a prefix: "conseil en" is "conseil".
                continue;
            }

            var clause = new BooleanQuery();
            foreach (var stem in stems)
            {
                clause.Add(new TermQuery(new Term(IndexFields.Name(culture.Culture), stem.Term)) { Boost = NameBoost }, Occur.SHOULD);
                clause.Add(new TermQuery(new Term(IndexFields.Text(culture.Culture), stem.Term)), Occur.SHOULD);
                highlights.Stems.Add(stem.Term);
            }

            // Typo tolerance for a word the index does not know: a known word spelt right gains nothing from
            // its neighbours but noise, and they cost a walk of the term dictionary and many more postings.
            if (word.Term.Length >= 4 && !Known(word.Term, stems))
            {
                var edits = word.Term.Length >= 8 ? 2 : 1;
                // A few close spellings are enough for a typo; the default of 50 costs a millisecond on 100,000 names.
                clause.Add(new FuzzyQuery(new Term(IndexFields.NamePlain, word.Term), edits, prefixLength: 1, maxExpansions: 8, transpositions: true) { Boost = 0.5f }, Occur.SHOULD);
                highlights.Fuzzy[word.Term] = edits;
            }

            if (i == words.Count - 1 && typing && word.Term.Length >= 2)
            {
                // Names only: type-ahead completes what is listed, and a prefix over every word of every text is slow.
                clause.Add(new PrefixQuery(new Term(IndexFields.NamePlain, word.Term)) { Boost = 1.5f }, Occur.SHOULD);
                highlights.Prefixes.Add(word.Term);
            }

            if (clause.Clauses.Count > 0)
            {
                query.Add(clause, Occur.MUST);
            }
        }

        return query.Clauses.Count > 0 ? query : null;
    }

    /// <summary>
    /// At most 200 characters and <see cref="MaxWords"/> words, and no '/': every word may expand to several
    /// terms, and a /regular expression/ would reach Lucene.Net 4.8's regex parser, whose automaton has no size
    /// limit (one crafted URL could hold a core and gigabytes). A slash is no use in a search box anyway.
    /// </summary>
    private static string Bounded(string text)
    {
        var words = text.Replace('/', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bounded = string.Join(' ', words.Take(MaxWords));
        bounded = bounded.Length > 200 ? bounded[..200] : bounded;
        // Keep a trailing space: it says the last word is finished (no prefix search on it).
        return char.IsWhiteSpace(text[^1]) ? bounded + " " : bounded;
    }

    private bool Known(string folded, List<AnalyzedToken> stems) =>
        reader.DocFreq(new Term(IndexFields.NamePlain, folded)) > 0
        || stems.Any(s => reader.DocFreq(new Term(IndexFields.Text(culture.Culture), s.Term)) > 0);

    private MultiFieldQueryParser Parser() =>
        new(CultureAnalyzer.Version, [IndexFields.Name(culture.Culture), IndexFields.Text(culture.Culture)], indexAnalyzer,
            new Dictionary<string, float> { [IndexFields.Name(culture.Culture)] = NameBoost, [IndexFields.Text(culture.Culture)] = 1f })
        {
            DefaultOperator = Operator.AND,
            // "word~" asks for typos: one, from the second letter on, as the plain-words path allows.
            FuzzyMinSim = 1,
            FuzzyPrefixLength = 1,
        };

    private static void CollectTerms(Query query, HighlightTerms highlights)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        CollectTerms(clause.Query, highlights);
                    }
                }

                break;
            case TermQuery term:
                highlights.Stems.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    highlights.Stems.Add(term.Text);
                }

                break;
            case PrefixQuery prefix:
                highlights.Prefixes.Add(prefix.Prefix.Text);
                break;
        }
    }

    // Quotes, a leading + or -, wildcards, fuzzy/proximity, fields, groups, and the boolean operators.
    [GeneratedRegex("""["*~:()\[\]{}^]|(^|\s)[+-]\S|\b(AND|OR|NOT)\b""")]
    private static partial Regex Syntax();
}
