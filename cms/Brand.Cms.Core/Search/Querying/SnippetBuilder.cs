using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Brand.Cms.Core.Search.Analysis;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>
/// The passage of a result's text with the most matched words, cut at word boundaries, HTML-encoded,
/// matches in &lt;mark&gt;. Written by hand: Lucene.Net's Highlighter is not in this registry.
/// </summary>
internal static class SnippetBuilder
{
    // Encodes markup characters only: accented letters stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string? Build(string text, HighlightTerms terms, CultureAnalyzer culture, FoldingAnalyzer folding, int length = 220)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var spans = new List<(int Start, int End)>();
        if (!terms.IsEmpty)
        {
            spans.AddRange(TokenReader.Tokens(culture, text).Where(t => terms.Stems.Contains(t.Term)).Select(t => (t.Start, t.End)));
            spans.AddRange(TokenReader.Tokens(folding, text).Where(t => terms.MatchesPlain(t.Term)).Select(t => (t.Start, t.End)));
        }

        spans = [.. spans.Distinct().OrderBy(s => s.Start)];
        var (from, to) = Window(text, spans, length);
        var html = new StringBuilder(length + 64);
        if (from > 0)
        {
            html.Append('…');
        }

        var at = from;
        foreach (var (start, end) in spans)
        {
            if (start < at || end > to)
            {
                continue;
            }

            html.Append(Encoder.Encode(text[at..start])).Append("<mark>").Append(Encoder.Encode(text[start..end])).Append("</mark>");
            at = end;
        }

        html.Append(Encoder.Encode(text[at..to]));
        if (to < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>The window of about <paramref name="length"/> characters holding the most matches, starting a little before the first.</summary>
    private static (int From, int To) Window(string text, List<(int Start, int End)> spans, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }

        var bestFrom = 0;
        var bestCount = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var from = Math.Max(0, spans[i].Start - 40);
            var count = spans.Skip(i).TakeWhile(s => s.End <= from + length).Count();
            if (count > bestCount)
            {
                (bestFrom, bestCount) = (from, count);
            }
        }

        var start = bestFrom == 0 ? 0 : WordStart(text, bestFrom);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end, end - start);
            end = space > start ? space : end;
        }

        return (start, end);
    }

    private static int WordStart(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        return space < 0 || space - index > 20 ? index : space + 1;
    }
}
