using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Brand.Cms.StaticExport;

/// <summary>What a URL of the site becomes in the mirror: the URL to fetch, and the file it is written to.</summary>
/// <param name="Url">The path and the query kept ("/fr/annuaire?region=84&amp;page=2"); the crawl's key.</param>
/// <param name="File">The file under the mirror's folder, '/'-separated ("fr/annuaire/region/84/page/2/index.html").</param>
/// <param name="IsAsset">A file of the web root, copied rather than fetched.</param>
public sealed record MirrorTarget(string Url, string File, bool IsAsset = false);

/// <summary>
/// Maps the site's URLs to static files. A page is a folder with an index.html, so links keep their shape and
/// any static host serves them. Of the query strings only those with a static twin are kept: ?page=N on
/// any list, ?region=R (one region, with or without a page) on the directory, ?lang=xx on a file (the English
/// feed). Any other query (filters, sort, search) is dropped: the link leads to the page without it.
/// </summary>
public sealed class MirrorPaths(ISet<string> assets, Func<string, bool> isDirectory)
{
    /// <summary>The folders of the web root's files ("/_content/Brand.SiteTheme/lib/leaflet/"), named by scripts that load files from them.</summary>
    private readonly HashSet<string> _assetFolders = [.. assets.SelectMany(Folders)];

    public const string PageParameter = "page";
    public const string RegionParameter = "region";
    private const string LangParameter = "lang";

    /// <summary>Paths never mirrored (what needs the app: the backoffice, the APIs): links to them point at the live site.</summary>
    private static readonly string[] _live = ["/backoffice", "/preview", "/health", "/graphql", "/umbraco", "/api"];

    /// <summary>The target of a site path (escaped, as in a URL) and query ("?a=b" or ""); null when it stays on the live site.</summary>
    public MirrorTarget? Map(string path, string query)
    {
        if (path.Length == 0 || path[0] != '/' || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)
            || _live.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // Cache-busting (?v=…) and any other query on a web-root file: the file is the same.
        if (assets.Contains(path) || _assetFolders.Contains(path))
        {
            return new MirrorTarget(path, Unescape(path), IsAsset: true);
        }

        var parameters = QueryHelpers.ParseQuery(query);
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        var last = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        if (last.Contains('.', StringComparison.Ordinal))
        {
            // A file the site writes (feed, calendar, media): one language variant per ?lang=, nothing else.
            if (parameters.TryGetValue(LangParameter, out var lang) && lang.Count == 1 && IsLanguage(lang[0]))
            {
                var dot = trimmed.LastIndexOf('.');
                return Safe(new MirrorTarget($"{trimmed}?{LangParameter}={lang[0]}", Unescape($"{trimmed[..dot]}.{lang[0]}{trimmed[dot..]}")));
            }

            return Safe(new MirrorTarget(trimmed, Unescape(trimmed)));
        }

        var page = parameters.TryGetValue(PageParameter, out var pages) && pages.Count == 1
            && int.TryParse(pages[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;
        string? region = null;
        if (parameters.TryGetValue(RegionParameter, out var regions) && regions.Count == 1 && IsRegion(regions[0]) && isDirectory(trimmed))
        {
            region = regions[0];
        }

        // A page in another language than its path says (the open-data page's ?lang=en).
        var language = parameters.TryGetValue(LangParameter, out var langs) && langs.Count == 1 && IsLanguage(langs[0]) ? langs[0] : null;
        var kept = (page > 1 ? 1 : 0) + (region is null ? 0 : 1) + (language is null ? 0 : 1);
        if (parameters.Count != kept || parameters.Values.Any(v => v.Count != 1))
        {
            // A filter, a sort, a search, a page 1: the page itself.
            page = 1;
            region = null;
            language = null;
        }

        var url = trimmed;
        var file = trimmed == "/" ? "" : Unescape(trimmed);
        if (language is not null)
        {
            url += $"?{LangParameter}={language}";
            file += $"/{LangParameter}/{language}";
        }

        if (region is not null)
        {
            url += (language is null ? "?" : "&") + $"{RegionParameter}={region}";
            file += $"/{RegionParameter}/{region}";
        }

        if (page > 1)
        {
            url += (region is null && language is null ? "?" : "&") + string.Create(CultureInfo.InvariantCulture, $"{PageParameter}={page}");
            file += string.Create(CultureInfo.InvariantCulture, $"/{PageParameter}/{page}");
        }

        return Safe(new MirrorTarget(url, (file + "/index.html").TrimStart('/')));
    }

    /// <summary>
    /// Null when an escaped "..", ".", "/" (an empty segment: "%2Ftmp%2Fx.html" unescapes to a rooted path),
    /// backslash or NUL would write outside the mirror's folder.
    /// </summary>
    private static MirrorTarget? Safe(MirrorTarget target) =>
        target.File.Split('/').Any(s => s is "" or "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal))
            ? null
            : target;

    /// <summary>A link from the file <paramref name="from"/> to the file <paramref name="to"/>, relative ("../../evenements/index.html").</summary>
    public static string Relative(string from, string to)
    {
        var fromParts = from.Split('/');
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length - 1 && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var ups = fromParts.Length - 1 - common;
        var parts = Enumerable.Repeat("..", ups).Concat(toParts[common..].Select(Uri.EscapeDataString));
        return string.Join('/', parts);
    }

    /// <summary>A link from the mirror's root ("/fr/index.html"), for 404.html, which a web server shows at any depth.</summary>
    public static string FromRoot(string to) => "/" + string.Join('/', to.Split('/').Select(Uri.EscapeDataString));

    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/', 1); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..(slash + 1)];
        }
    }

    private static bool IsLanguage(string? value) => value is { Length: 2 } && value.All(char.IsAsciiLetterLower);

    // Region codes are short (INSEE codes "84", "01"…): anything else is not a region link of ours.
    private static bool IsRegion(string? value) => value is { Length: > 0 and <= 8 } && value.All(char.IsAsciiLetterOrDigit);

    private static string Unescape(string path) => Uri.UnescapeDataString(path.TrimStart('/'));
}
