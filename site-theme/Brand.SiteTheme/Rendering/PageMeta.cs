using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// The head of a page: title, description, canonical URL, the same page in the other cultures, Open Graph,
/// robots. Templates may add to it while they render (a page number, a result count): the layout reads it after.
/// </summary>
public sealed class PageMeta
{
    private readonly ThemeContext _theme;

    internal PageMeta(ThemeContext theme)
    {
        _theme = theme;
    }

    /// <summary>Added to the title after the page name: "page 2", "3 results".</summary>
    public string? TitleDetail { get; set; }

    /// <summary>The query string that identifies this page for search engines ("?page=2"); filters are not part of it.</summary>
    public string? CanonicalQuery { get; set; }

    /// <summary>Result pages of a search are not worth indexing.</summary>
    public bool ForceNoIndex { get; set; }

    private PublishedContent? Item => _theme.Item;

    /// <summary>The page's own name: the item's, the virtual page's, or the caller's (error pages).</summary>
    public string Name(string fallback) => Item?.Name ?? _theme.Virtual?.Title ?? fallback;

    public string Title(string fallback)
    {
        var site = _theme.SiteName;
        var own = Item?.Value<string>("metaTitle");
        var title = own ?? (Item?.ContentType == "home" ? site : $"{Name(fallback)} — {site}");
        return TitleDetail is null ? title : own is null && Item?.ContentType != "home"
            ? $"{Name(fallback)} — {TitleDetail} — {site}"
            : $"{title} — {TitleDetail}";
    }

    public string? Description =>
        Item?.Value<string>("metaDescription")
        ?? Item?.Value<string>("summary")
        ?? Item?.Value<string>("intro")
        ?? Item?.Value<string>("description")
        ?? Item?.Value<string>("heroText")
        ?? _theme.Settings?.Value<string>("defaultMetaDescription");

    public bool NoIndex => ForceNoIndex || Item?.Value<bool>("noIndex") == true || (Item is null && _theme.Virtual is null);

    public string? Canonical => Path(_theme.Culture) is { } path ? _theme.Absolute(path) + CanonicalQuery : null;

    /// <summary>This page in every culture it is public in, with its absolute URL.</summary>
    public IReadOnlyList<(string Culture, string Url)> Alternates =>
        _theme.Cultures.Codes.Select(c => (Culture: c, Path: Path(c))).Where(a => a.Path is not null)
            .Select(a => (a.Culture, _theme.Absolute(a.Path!))).ToList();

    /// <summary>The version for visitors of any other language: the default culture's, when public.</summary>
    public string? XDefault => Alternates.FirstOrDefault(a => a.Culture == _theme.Cultures.Default.Code).Url;

    public string OpenGraphType => Item?.ContentType is "newsArticle" or "successStory" or "resource" ? "article" : "website";

    /// <summary>Where a visitor of another culture goes: this page in it, else that culture's home.</summary>
    public string? LinkIn(string culture) =>
        Path(culture) ?? _theme.Snapshot?.SiteRoot(culture)?.Url;

    private string? Path(string culture) =>
        Item is not null ? Item.InCulture(culture)?.Url
        : _theme.Virtual is { } page ? page.Urls.GetValueOrDefault(culture)
        : null;
}
