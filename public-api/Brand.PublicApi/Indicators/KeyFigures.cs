using System.Globalization;
using System.Text.RegularExpressions;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indicators;

/// <summary>
/// The key figures of the home page (its "keyFigures" block list) as indicators, each with its own source. The
/// wording is the editors' ("2 sur 3", "15,8 %"); a number is read from it when it plainly is one, so that
/// tables and charts can use it, and the wording is kept beside it.
/// </summary>
internal static partial class KeyFigures
{
    public static IEnumerable<Indicator> Of(PublishedContent? home, string culture)
    {
        var blocks = home?.Value<IReadOnlyList<PublishedElement>>("keyFigures") ?? [];
        for (var i = 0; i < blocks.Count; i++)
        {
            var figure = blocks[i];
            if (figure.ContentType != "keyFigure" || figure.Value<string>("value") is not { } text)
            {
                continue;
            }

            var (value, unit) = Read(text, culture);
            // The block key survives reordering; a block saved before keys existed falls back to its position.
            var id = figure.Key != Guid.Empty ? figure.Key.ToString("N") : (i + 1).ToString(CultureInfo.InvariantCulture);
            yield return new Indicator(
                "key-figure." + id,
                figure.Value<string>("label") ?? text,
                value,
                text,
                unit,
                figure.Value<long?>("year")?.ToString(CultureInfo.InvariantCulture),
                figure.Value<string>("source") ?? "",
                figure.Value<string>("sourceUrl"),
                figure.Value<string>("note"));
        }
    }

    /// <summary>"2 sur 3" / "2 in 3" → 0.6667 ratio; "15,8 %" / "15.8%" → 15.8 %; "1 200" → 1200; anything else → no number.</summary>
    internal static (decimal? Value, string Unit) Read(string text, string culture)
    {
        if (Ratio().Match(text) is { Success: true } ratio)
        {
            var part = decimal.Parse(ratio.Groups["part"].ValueSpan, CultureInfo.InvariantCulture);
            var whole = decimal.Parse(ratio.Groups["whole"].ValueSpan, CultureInfo.InvariantCulture);
            return whole == 0 ? (null, "") : (Math.Round(part / whole, 4), "ratio");
        }

        if (Number().Match(text) is { Success: true } number)
        {
            // French writes 1 234,5 and English 1,234.5: spaces always group; the comma groups only in English.
            var digits = string.Concat(number.Groups["number"].Value.Where(c => !char.IsWhiteSpace(c)));
            digits = culture == "fr" ? digits.Replace(',', '.') : digits.Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return (value, number.Groups["percent"].Success ? "%" : "number");
            }
        }

        return (null, "");
    }

    [GeneratedRegex(@"^\s*(?<part>\d{1,9})\s*(?:sur|in|out\s+of)\s*(?<whole>\d{1,9})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ratio();

    [GeneratedRegex(@"^\s*(?<number>[+-]?\d[\d\s,.]{0,20})\s*(?<percent>%)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
