using System.Globalization;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Indexing;

namespace Brand.Cms.Commands;

/// <summary>
/// `reindex [external|internal]`: rebuilds the search indexes beside the live ones, showing progress, then
/// moves the pointer. A site running on the same data folder keeps answering from the old generation and
/// switches to the new one at its next poll.
/// </summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(SearchIndexes indexes, string only, TextWriter output)
    {
        foreach (var index in indexes.All.Where(i => only.Length == 0 || i.Name == only))
        {
            var lastLine = "";
            await index.RebuildAsync(p =>
            {
                var line = Describe(p);
                if (line != lastLine)
                {
                    output.WriteLine(line);
                    lastLine = line;
                }
            }, detached: true);
        }

        output.WriteLine("Done. A running site switches to the new indexes within a few seconds.");
        return 0;
    }

    /// <summary>"external: 45,000 / 200,000 documents (22 %), 9,812/s, about 16 s left".</summary>
    public static string Describe(RebuildProgress p)
    {
        var c = CultureInfo.InvariantCulture;
        var line = string.Format(c, "{0}: {1:N0} / {2:N0} documents ({3:P0}), {4:N0}/s", p.Index, p.Done, p.Total, p.Fraction, p.Rate);
        if (p.Done >= p.Total)
        {
            return line + string.Format(c, ", done in {0:N1} s", p.Elapsed.TotalSeconds);
        }

        return p.Remaining is { } left ? line + string.Format(c, ", about {0:N0} s left", Math.Ceiling(left.TotalSeconds)) : line;
    }
}
