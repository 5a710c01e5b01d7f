using System.Globalization;

namespace Brand.Backoffice.Network;

/// <summary>One bar: what it counts, the count, and its length as a share of the longest bar (0–100).</summary>
public sealed record Bar(string Label, int Value, double Length)
{
    /// <summary>The length for an SVG attribute: invariant, whatever the server's culture.</summary>
    public string Width => Length.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// A horizontal bar chart drawn on the server (inline SVG, no script): the longest bar fills the width, the
/// others are in proportion. The page shows the same figures in a table, which is the chart's text equivalent.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars)
{
    public static BarChart Of(string title, IEnumerable<(string Label, int Value)> values)
    {
        var list = values.ToList();
        var max = Math.Max(1, list.Select(v => v.Value).DefaultIfEmpty(0).Max());
        return new BarChart(title, list.Select(v => new Bar(v.Label, v.Value, 100.0 * v.Value / max)).ToList());
    }
}
