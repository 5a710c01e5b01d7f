using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.SiteTheme.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.SiteSearch;

/// <summary>A page found: the item and the matching passage (HTML-safe, with &lt;mark&gt;).</summary>
public sealed record SiteSearchHit(PublishedContent Item, string? SnippetHtml);

/// <summary>The first results of one content type, with how many there are in all and where to see them.</summary>
public sealed record SiteSearchGroup(string ContentType, string Label, int Count, IReadOnlyList<SiteSearchHit> Hits, string AllUrl);

/// <summary>An entry of the type filter: all types (null) or one, with its count.</summary>
public sealed record TypeLink(string? ContentType, string Label, int Count, string Url, bool Current);

/// <summary>
/// The site search (searchPage): every published page of the visitor's language, from the search index.
/// Without a type, results come grouped by content type, a few each with the group's count; with
/// ?type=, all results of that type, paged. The state is ?q=, ?type= and ?page=; nothing else is read.
/// </summary>
public sealed class SiteSearchPage
{
    public const string TextParameter = "q";
    public const string TypeParameter = "type";
    public const string PageParameter = "page";

    public static readonly string[] Parameters = [TextParameter, TypeParameter, PageParameter];
    public const int GroupSize = 3;
    public const int PageSize = 10;
    private const int MaxPage = 500;

    private readonly ThemeContext _theme;
    private readonly string _path;

    private SiteSearchPage(ThemeContext theme, PublishedContent page)
    {
        _theme = theme;
        _path = page.Url ?? theme.Http.Request.Path;
        var query = new ListQuery(theme.Http.Request);
        Text = query.Text(TextParameter);
        Type = theme.Http.Request.Query[TypeParameter].FirstOrDefault() is { Length: > 0 and <= 60 } type
            && theme.Model.Type(type) is { HasTemplate: true, IsElement: false } ? type : null;
        Page = Math.Min(query.Page, MaxPage);
    }

    public string Text { get; }

    /// <summary>The content type chosen, when it is one with pages.</summary>
    public string? Type { get; }

    public int Page { get; private set; }

    public bool Searched => Text.Length > 0;

    public bool Available { get; private set; } = true;

    /// <summary>The query had broken syntax (a lone quote, a parenthesis) and was searched as plain words.</summary>
    public bool Reinterpreted { get; private set; }

    /// <summary>Results of every type.</summary>
    public int Total { get; private set; }

    /// <summary>Results shown: of the chosen type, or of every type.</summary>
    public int Shown => Type is null ? Total : TypeLinks.FirstOrDefault(t => t.Current)?.Count ?? 0;

    public int PageCount => Math.Max(1, (Shown + PageSize - 1) / PageSize);

    public IReadOnlyList<TypeLink> TypeLinks { get; private set; } = [];

    /// <summary>Without a type: a few results of each type, the largest groups first.</summary>
    public IReadOnlyList<SiteSearchGroup> Groups { get; private set; } = [];

    /// <summary>With a type: this page of its results.</summary>
    public IReadOnlyList<SiteSearchHit> Hits { get; private set; } = [];

    public string PageUrl(int page) => Url(Type, page);

    public string Url(string? type, int page = 1) =>
        new QueryUrl(_path)
            .Add(TextParameter, Text)
            .Add(TypeParameter, type)
            .Add(PageParameter, page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null)
            .ToString();

    public static SiteSearchPage Run(ThemeContext theme, PublishedContent page)
    {
        var result = new SiteSearchPage(theme, page);
        if (result.Searched)
        {
            result.Search(theme.Http.RequestServices.GetRequiredService<SearchService>());
        }

        return result;
    }

    /// <summary>How a group of results is headed: the plural of the main types, the document type's name otherwise.</summary>
    public string TypeLabel(string contentType) => contentType switch
    {
        "newsArticle" => _theme.T("Actualités", "News"),
        "event" => _theme.T("Événements", "Events"),
        "labelledActor" => _theme.T("Acteurs du réseau", "Network actors"),
        "aidScheme" => _theme.T("Aides financières", "Aid schemes"),
        "resource" => _theme.T("Ressources", "Resources"),
        "successStory" => _theme.T("Témoignages", "Success stories"),
        "campaignPage" => _theme.T("Pages de la campagne", "Campaign pages"),
        "standardPage" => _theme.T("Pages", "Pages"),
        _ => _theme.Model.Type(contentType)?.Name.In(_theme.Culture) ?? contentType,
    };

    private void Search(SearchService search)
    {
        var results = search.Search(Request(Type, (Page - 1) * PageSize, Type is null ? 0 : PageSize));
        var shown = Type is null ? results.Total : results.Count(IndexFields.ContentTypeFacet, Type);
        if (results.Available && Type is not null && results.Hits.Count == 0 && shown > 0 && Page > 1)
        {
            Page = (shown + PageSize - 1) / PageSize;
            results = search.Search(Request(Type, (Page - 1) * PageSize, PageSize));
        }

        Available = results.Available;
        Reinterpreted = results.TextReinterpreted;
        var counts = results.Facets.GetValueOrDefault(IndexFields.ContentTypeFacet) ?? [];
        var types = counts.Where(c => c.Count > 0)
            .Select(c => (Type: c.Value, Label: TypeLabel(c.Value), c.Count))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Create(_theme.CultureInfo, true))
            .ToList();
        // The facet ignores its own filter: its counts add up to the results of every type.
        Total = types.Sum(t => t.Count);
        var links = new List<TypeLink> { new(null, _theme.T("Tous les résultats", "All results"), Total, Url(null), Type is null) };
        links.AddRange(types.Select(t => new TypeLink(t.Type, t.Label, t.Count, Url(t.Type), t.Type == Type)));
        if (Type is not null && !types.Any(t => t.Type == Type))
        {
            links.Add(new TypeLink(Type, TypeLabel(Type), 0, Url(Type), true));
        }

        TypeLinks = links;
        if (Type is not null)
        {
            Hits = Found(results.Hits);
            return;
        }

        Groups = types
            .Select(t => new SiteSearchGroup(t.Type, t.Label, t.Count, Found(search.Search(Request(t.Type, 0, GroupSize)).Hits), Url(t.Type)))
            .Where(g => g.Hits.Count > 0)
            .ToList();
    }

    private SearchRequest Request(string? type, int skip, int take) => new()
    {
        Culture = _theme.Culture,
        Text = Text,
        Facets = [IndexFields.ContentTypeFacet],
        Filters = type is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : new Dictionary<string, IReadOnlyList<string>> { [IndexFields.ContentTypeFacet] = [type] },
        Sort = SearchSort.Relevance,
        Skip = skip,
        Take = take,
    };

    // The index may trail the published cache by a moment: a page unpublished since is left out.
    private List<SiteSearchHit> Found(IReadOnlyList<SearchHit> hits) =>
        hits.Select(h => (Hit: h, Item: _theme.Snapshot?.GetById(h.NodeId, _theme.Culture)))
            .Where(x => x.Item is { Url: not null })
            .Select(x => new SiteSearchHit(x.Item!, x.Hit.SnippetHtml))
            .ToList();
}
