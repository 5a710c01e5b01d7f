using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Brand.Cms.StaticExport;

/// <summary>
/// Rewrites one rendered page for the mirror in a single pass over its tags (no DOM: ten thousand pages must
/// take seconds): every same-site href, src, srcset, action and data-leaflet through <c>link</c>; each form
/// preceded by an alert and its fields disabled; the mirror's notice above the header; the directory's
/// filter form preceded by links to its pages by region. Script and style contents are copied untouched.
/// </summary>
public static partial class HtmlRewriter
{
    private static readonly string[] _urlAttributes = ["href", "src", "action", "poster", "data-leaflet"];

    /// <param name="html">The page as the site served it.</param>
    /// <param name="link">A URL as written in the page (decoded) → its mirror link, or null to leave it as it is.</param>
    /// <param name="notices">The banner's and alerts' texts.</param>
    /// <param name="region">The region of a directory page by region, to mark its link as current.</param>
    public static string Rewrite(string html, Func<string, string?> link, MirrorNotices notices, string? region = null)
    {
        var french = !LangEnglish().IsMatch(html.AsSpan(0, Math.Min(html.Length, 512)));
        var output = new StringBuilder(html.Length + 2048);
        var position = 0;
        var bannerDone = false;
        var inForm = false;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0)
            {
                break;
            }

            output.Append(html, position, lt - position);
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + 3;
                output.Append(html, lt, end - lt);
                position = end;
                continue;
            }

            var tag = Tag().Match(html, lt);
            if (!tag.Success)
            {
                output.Append('<');
                position = lt + 1;
                continue;
            }

            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (name == "form" && inForm)
                {
                    output.Append(MirrorNotices.DisabledClose);
                    inForm = false;
                }

                output.Append(tag.ValueSpan);
                continue;
            }

            if (!bannerDone && name is "header" or "main")
            {
                output.Append(notices.Banner(french));
                bannerDone = true;
            }

            if (name == "form")
            {
                if (Attribute(tag.Value, "id") == "filtres-annuaire" && Attribute(tag.Value, "action") is { } directory)
                {
                    output.Append(RegionLinks(html, directory, link, french, region));
                }

                output.Append(RewriteTag(tag.Value, name, link)).Append(MirrorNotices.FormAlert(french)).Append(MirrorNotices.DisabledOpen);
                inForm = true;
                continue;
            }

            var rewritten = RewriteTag(tag.Value, name, link);
            // A button or select outside its form (form="…") would still send it: disabled too.
            if (!inForm && name is "button" or "select" or "input" && Attribute(rewritten, "form") is not null)
            {
                rewritten = rewritten.Insert(1 + name.Length, " disabled");
            }

            output.Append(rewritten);
            if (name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? html.Length : end;
                output.Append(html, position, end - position);
                position = end;
            }
        }

        if (position < html.Length)
        {
            output.Append(html, position, html.Length - position);
        }

        return output.ToString();
    }

    /// <summary>The tag with its URL attributes rewritten; the same string when none changes.</summary>
    private static string RewriteTag(string tag, string name, Func<string, string?> link)
    {
        if (!tag.Contains("href", StringComparison.OrdinalIgnoreCase) && !tag.Contains("src", StringComparison.OrdinalIgnoreCase)
            && !tag.Contains("action", StringComparison.OrdinalIgnoreCase) && !tag.Contains("poster", StringComparison.OrdinalIgnoreCase)
            && !tag.Contains("data-leaflet", StringComparison.OrdinalIgnoreCase))
        {
            return tag;
        }

        // Absolute canonical and hreflang alternates stay so: they name the real site to search engines.
        var keepHref = name == "link" && Attribute(tag, "rel") is { } rel
            && (rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) || (rel.Contains("alternate", StringComparison.OrdinalIgnoreCase) && Attribute(tag, "hreflang") is not null));
        return AttributeValue().Replace(tag, m =>
        {
            var attribute = m.Groups["name"].Value.ToLowerInvariant();
            var isSrcset = attribute is "srcset" or "imagesrcset";
            if (!isSrcset && !_urlAttributes.Contains(attribute))
            {
                return m.Value;
            }

            var value = WebUtility.HtmlDecode(m.Groups["value"].Value);
            // (Not Uri.TryCreate: on Linux it takes "/fr/x" for an absolute file: URI.)
            if (keepHref && attribute == "href" && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                return m.Value;
            }

            var replaced = isSrcset ? RewriteSrcset(value, link) : link(value.Trim());
            return replaced is null || replaced == value ? m.Value : $"{m.Groups["name"].Value}=\"{Encode(replaced)}\"";
        });
    }

    /// <summary>"a.png 1x, b.png 2x": each URL rewritten, its descriptor kept.</summary>
    private static string? RewriteSrcset(string value, Func<string, string?> link)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(candidate =>
        {
            var space = candidate.IndexOf(' ', StringComparison.Ordinal);
            var url = space < 0 ? candidate : candidate[..space];
            return (link(url) ?? url) + (space < 0 ? "" : candidate[space..]);
        });
        return string.Join(", ", parts);
    }

    /// <summary>Links to the directory's pages by region, from the region checkboxes of its filter form (labels and counts as shown).</summary>
    private static string RegionLinks(string html, string directory, Func<string, string?> link, bool french, string? current)
    {
        var regions = new List<(string Href, string Label, bool Current)>();
        foreach (Match input in RegionInput().Matches(html))
        {
            if (Attribute(input.Value, "value") is not { Length: > 0 } value || Attribute(input.Value, "id") is not { } id)
            {
                continue;
            }

            var label = Regex.Match(html, $"<label[^>]*for=\"{Regex.Escape(id)}\"[^>]*>(?<text>.*?)</label>", RegexOptions.Singleline);
            var text = label.Success ? WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(label.Groups["text"].Value, ""), " ").Trim()) : value;
            var separator = directory.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            regions.Add((link($"{directory}{separator}{MirrorPaths.RegionParameter}={Uri.EscapeDataString(value)}") ?? directory, text, value == current));
        }

        return regions.Count == 0 ? "" : MirrorNotices.RegionLinks(french, link(directory) ?? directory, current is null, regions);
    }

    /// <summary>An attribute's decoded value in a tag, or null.</summary>
    public static string? Attribute(string tag, string name)
    {
        foreach (Match m in AttributeValue().Matches(tag))
        {
            if (m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.HtmlDecode(m.Groups["value"].Value);
            }
        }

        return null;
    }

    private static string Encode(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex("""\G<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<=\s)(?<name>[a-zA-Z][a-zA-Z0-9_:.-]*)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""")]
    private static partial Regex AttributeValue();

    [GeneratedRegex("""<html[^>]*\slang="en""", RegexOptions.IgnoreCase)]
    private static partial Regex LangEnglish();

    [GeneratedRegex("""<input[^>]*\sname="region"[^>]*>""")]
    private static partial Regex RegionInput();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
