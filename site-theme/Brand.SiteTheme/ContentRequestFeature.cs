using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme;

/// <summary>What the host hands the theme for a request: the published item the URL resolved to.</summary>
public sealed record ContentRequestFeature(PublishedContent Content);
