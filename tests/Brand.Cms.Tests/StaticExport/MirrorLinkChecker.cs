using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>A link of a mirrored page that leads nowhere.</summary>
public sealed record BrokenLink(string File, string Attribute, string Link, string Reason)
{
    public override string ToString() => $"{File}: {Attribute}=\"{Link}\": {Reason}";
}

/// <summary>
/// Checks a static folder as a browser opening it from disk would: every href, src, srcset entry, action and
/// data-leaflet of every HTML file that is not an absolute URL (http:, mailto:, tel:…) must name a file of
/// the folder (a folder's link must end with '/' and be one), and its #fragment an id of that file.
/// Root-relative links ("/fr/index.html") resolve from the folder's root (404.html has them).
/// A tag scanner, not a DOM: written for our pages, enough to fail when a link is wrong.
/// </summary>
public sealed partial class MirrorLinkChecker(string root)
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    public int FilesChecked { get; private set; }

    public int LinksChecked { get; private set; }

    /// <summary>Every broken link of every HTML file under the root.</summary>
    public IReadOnlyList<BrokenLink> Check()
    {
        var broken = new ConcurrentBag<BrokenLink>();
        var files = Directory.EnumerateFiles(_root, "*.html", SearchOption.AllDirectories).ToList();
        var links = 0;
        Parallel.ForEach(files, file =>
        {
            var html = File.ReadAllText(file);
            foreach (var (attribute, link) in Links(html))
            {
                Interlocked.Increment(ref links);
                if (Resolve(file, link) is { } reason)
                {
                    broken.Add(new BrokenLink(Path.GetRelativePath(_root, file), attribute, link, reason));
                }
            }
        });
        FilesChecked = files.Count;
        LinksChecked = links;
        return [.. broken.OrderBy(b => b.File, StringComparer.Ordinal)];
    }

    /// <summary>The URL attributes of a page, decoded (srcset split into its URLs).</summary>
    public static IEnumerable<(string Attribute, string Link)> Links(string html)
    {
        foreach (Match m in Tag().Matches(html).SelectMany(t => UrlAttribute().Matches(t.Value)))
        {
            var name = m.Groups["name"].Value.ToLowerInvariant();
            var value = WebUtility.HtmlDecode(m.Groups["value"].Value).Trim();
            if (name == "srcset")
            {
                foreach (var candidate in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (name, candidate.Split(' ')[0]);
                }
            }
            else
            {
                yield return (name, value);
            }
        }
    }

    /// <summary>Null when the link works from <paramref name="file"/>, else why not.</summary>
    private string? Resolve(string file, string link)
    {
        if (link.Length == 0 || IsAbsolute(link))
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : link[(hash + 1)..];
        var path = hash < 0 ? link : link[..hash];
        if (path.Contains('?', StringComparison.Ordinal))
        {
            return "a query string does nothing on a static host";
        }

        string target;
        if (path.Length == 0)
        {
            target = file;
        }
        else
        {
            var decoded = Uri.UnescapeDataString(path);
            target = Path.GetFullPath(decoded.StartsWith('/') ? Path.Combine(_root, decoded.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(file)!, decoded));
            if (!target.StartsWith(_root, StringComparison.Ordinal))
            {
                return "leads out of the mirror";
            }

            if (path.EndsWith('/'))
            {
                return Directory.Exists(target) ? null : "no such folder";
            }

            if (Directory.Exists(target))
            {
                return "a folder: a static host from disk shows no index.html for it";
            }

            if (!File.Exists(target))
            {
                return "no such file";
            }
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(Uri.UnescapeDataString(fragment)))
        {
            return $"no id \"{fragment}\" in {Path.GetRelativePath(_root, target)}";
        }

        return null;
    }

    private HashSet<string> IdsOf(string file) =>
        _ids.GetOrAdd(file, f => [.. Id().Matches(File.ReadAllText(f)).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))]);

    /// <summary>http:, https:, mailto:, tel:, data:, javascript: or protocol-relative.</summary>
    public static bool IsAbsolute(string link) => link.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(link);

    [GeneratedRegex("""<[a-zA-Z][^>]*>""")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<name>href|src|srcset|action|data-leaflet)\s*=\s*""(?<value>[^""]*)")]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"\sid\s*=\s*""(?<id>[^""]+)")]
    private static partial Regex Id();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
