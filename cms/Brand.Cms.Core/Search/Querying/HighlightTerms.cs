namespace Brand.Cms.Core.Search.Querying;

/// <summary>
/// What a query matches, in the forms the snippet builder meets in the text: stemmed terms (as the
/// language analyzer yields them), folded words matched with typos, and the prefix of the word being typed.
/// </summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words and how many typos each tolerates.</summary>
    public Dictionary<string, int> Fuzzy { get; } = new(StringComparer.Ordinal);

    public List<string> Prefixes { get; } = [];

    public bool IsEmpty => Stems.Count == 0 && Fuzzy.Count == 0 && Prefixes.Count == 0;

    public bool MatchesPlain(string folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var (word, edits) in Fuzzy)
        {
            if (Math.Abs(word.Length - folded.Length) <= edits && Levenshtein(word, folded) <= edits)
            {
                return true;
            }
        }

        return false;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
