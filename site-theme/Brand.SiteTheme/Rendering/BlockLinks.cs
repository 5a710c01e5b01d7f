using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>Where a link block (linkItem, callToAction) points: the picked page in this culture, else the external URL.</summary>
public static class BlockLinks
{
    /// <param name="pageAlias">The content-picker property: "link" on both types.</param>
    /// <param name="urlAlias">The external URL property: "url" on linkItem, "linkUrl" on callToAction.</param>
    public static string? Href(ThemeContext theme, PublishedElement block, string pageAlias, string urlAlias) =>
        block.Value<Guid?>(pageAlias) is { } key && theme.ByKey(key)?.Url is { } url ? url : block.Value<string>(urlAlias);

    /// <summary>True for links leaving the site: they get the DSFR external-link marker.</summary>
    public static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
