using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Media;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.Delivery;

/// <summary>
/// What a request reads with, settled once: the snapshot (kept for the whole request, so it never sees half a
/// publish), the culture from Accept-Language, and the root named by the Start-Item header.
/// </summary>
public sealed class DeliveryContext
{
    private DeliveryContext(PublishedSnapshot snapshot, string culture, PublishedContent? startItem, ApiMedia media)
    {
        Media = media;
        Snapshot = snapshot;
        Culture = culture;
        StartItem = startItem;
    }

    public PublishedSnapshot Snapshot { get; }

    /// <summary>The culture asked for (else the default one); a path with a culture prefix overrides it for its item.</summary>
    public string Culture { get; }

    public PublishedContent? StartItem { get; }

    /// <summary>The media library, for picked files' URLs and alternative texts.</summary>
    public ApiMedia Media { get; }

    /// <summary>
    /// Accept-Language picks the first configured culture by quality, matching "en-GB" to "en"; none (or none
    /// configured) means the default culture: browsers send the header on their own, so it never fails a request.
    /// </summary>
    public static Outcome<DeliveryContext> Resolve(PublishedSnapshot snapshot, string? acceptLanguage, string? startItem, ApiMedia media)
    {
        var culture = CultureOf(snapshot, acceptLanguage);
        if (string.IsNullOrWhiteSpace(startItem))
        {
            return Outcome<DeliveryContext>.Ok(new DeliveryContext(snapshot, culture, null, media));
        }

        var wanted = startItem.Trim().Trim('/');
        var roots = snapshot.Roots(culture).ToList();
        var root = Guid.TryParse(wanted, out var key)
            ? roots.FirstOrDefault(r => r.Key == key)
            : roots.FirstOrDefault(r => snapshot.Cultures.Codes.Any(c => r.InCulture(c)?.UrlSegment.Equals(wanted, StringComparison.OrdinalIgnoreCase) == true));
        return root is null
            ? Outcome<DeliveryContext>.BadRequest($"Start-Item '{startItem}': no root item has this id or path in culture '{culture}'. Roots: "
                + string.Join(", ", roots.Select(r => $"{r.UrlSegment} ({r.Key})")) + ".")
            : Outcome<DeliveryContext>.Ok(new DeliveryContext(snapshot, culture, root, media));
    }

    /// <summary>
    /// An item by key, or by path: "/fr/evenements/x" (the site's own URL, whose culture prefix wins over
    /// Accept-Language), "/evenements/x" (under the site root in the request's culture, as Umbraco resolves a
    /// path), or a path below the Start-Item root when that root is not the site's (site settings).
    /// </summary>
    public PublishedContent? Find(string idOrPath)
    {
        var text = idOrPath.Trim();
        if (Guid.TryParse(text, out var key))
        {
            return Snapshot.GetByKey(key, Culture);
        }

        var path = "/" + text.Trim('/');
        if (StartItem is { Url: null } root)
        {
            return Below(root, path);
        }

        var end = path.IndexOf('/', 1);
        var first = end < 0 ? path[1..] : path[1..end];
        return Snapshot.Cultures.Contains(first.ToLowerInvariant())
            ? Snapshot.GetByRoute(path)
            : Snapshot.GetByRoute(path == "/" ? "/" + Culture : "/" + Culture + path);
    }

    private static PublishedContent? Below(PublishedContent root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.Children.FirstOrDefault(c => c.UrlSegment.Equals(segment, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static string CultureOf(PublishedSnapshot snapshot, string? acceptLanguage)
    {
        var cultures = snapshot.Cultures;
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var ranges))
        {
            return cultures.Default.Code;
        }

        foreach (var range in ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var tag = range.Value.Value ?? "";
            if (tag == "*")
            {
                return cultures.Default.Code;
            }

            var primary = tag.Split('-')[0];
            if (cultures.Codes.FirstOrDefault(c => c.Equals(tag, StringComparison.OrdinalIgnoreCase)
                || c.Equals(primary, StringComparison.OrdinalIgnoreCase)) is { } code)
            {
                return code;
            }
        }

        return cultures.Default.Code;
    }
}
