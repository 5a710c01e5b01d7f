using System.Text;
using Brand.Cms.Core;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indexing;

/// <summary>
/// The folded names of a culture index laid end to end in one string, one per line. "Name contains" is then a
/// run of vectorised IndexOf calls over the whole text, one per matching name, instead of one Contains call
/// per item: folded text has no line breaks, so a match never spans two names.
/// </summary>
internal sealed class NameText
{
    private readonly string _text;
    private readonly int[] _start;

    public NameText(IReadOnlyList<PublishedContent> items)
    {
        _start = new int[items.Count + 1];
        var text = new StringBuilder(items.Count * 32);
        for (var p = 0; p < items.Count; p++)
        {
            _start[p] = text.Length;
            text.Append(TextFolding.Fold(items[p].Name)).Append('\n');
        }

        _start[items.Count] = text.Length;
        _text = text.ToString();
    }

    public int Count => _start.Length - 1;

    public string Folded(int position) => _text[_start[position]..(_start[position + 1] - 1)];

    /// <summary>The positions whose folded name contains <paramref name="folded"/>, as a set.</summary>
    public ulong[] Containing(string folded)
    {
        var set = new ulong[PositionSet.Words(Count)];
        var text = _text.AsSpan();
        var needle = folded.AsSpan();
        var p = 0;
        for (var from = 0; p < Count;)
        {
            var found = text[from..].IndexOf(needle);
            if (found < 0)
            {
                break;
            }

            // Positions only move forward: walk to the name holding the match, then search on from the next name.
            var at = from + found;
            while (_start[p + 1] <= at)
            {
                p++;
            }

            set[p >> 6] |= 1UL << p;
            from = _start[++p];
        }

        return set;
    }
}
