using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Brand.PublicApi.OpenData.Page;

/// <summary>
/// Writes the page's HTML: every text through the HTML encoder (accented letters kept as UTF-8, markup
/// characters escaped), and the wording in the page's language.
/// </summary>
internal sealed class PageText(string culture)
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new(64 * 1024);

    public string Culture { get; } = culture;

    public bool IsFrench => Culture == "fr";

    public CultureInfo Format { get; } = CultureInfo.GetCultureInfo(culture == "fr" ? "fr-FR" : "en-GB");

    public string T(string fr, string en) => IsFrench ? fr : en;

    /// <summary>Markup written as is: only literals of this folder, never a value.</summary>
    public PageText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public PageText Text(string? text)
    {
        _html.Append(_encoder.Encode(text ?? ""));
        return this;
    }

    public static string Encode(string? text) => _encoder.Encode(text ?? "");

    public string Date(DateTimeOffset time) => time.ToString("d MMMM yyyy", Format);

    /// <summary>"12,3 ko" / "12.3 kB", as the DSFR shows download sizes.</summary>
    public string Size(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} {T("octets", "bytes")}",
        < 1_000_000 => $"{(bytes / 1000d).ToString("0.#", Format)} {T("ko", "kB")}",
        < 1_000_000_000 => $"{(bytes / 1_000_000d).ToString("0.#", Format)} {T("Mo", "MB")}",
        _ => $"{(bytes / 1_000_000_000d).ToString("0.##", Format)} {T("Go", "GB")}",
    };

    public override string ToString() => _html.ToString();
}
