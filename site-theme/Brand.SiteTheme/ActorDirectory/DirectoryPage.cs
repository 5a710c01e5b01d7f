using System.Globalization;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.SiteTheme.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.ActorDirectory;

/// <summary>An option of a filter with the number of actors it would give, the other filters applied (null: not known yet).</summary>
public sealed record FacetOption(string Value, string Label, int? Count, bool Selected);

/// <summary>One filter of the form: its query parameter, its legend and its options.</summary>
public sealed record FacetGroup(string Parameter, string Legend, IReadOnlyList<FacetOption> Options);

/// <summary>A filter in force, shown as a tag whose link is the same search without it.</summary>
public sealed record ActiveFilter(string Label, string RemoveUrl);

/// <summary>The place the visitor searched around: a commune found from what they typed, or their position.</summary>
public sealed record ResolvedPlace(string Label, GeoPoint Point);

/// <summary>One actor of the page: its card, the matching passage (HTML-safe) and how far it is.</summary>
public sealed record ActorResult(CardModel Card, string? SnippetHtml, string? Distance, GeoPoint? Position);

/// <summary>
/// The directory page (actorsFolder): reads the state from the URL, finds the place, asks the search index
/// for one page of actors with the facet counts, and shapes all of it for the template.
/// </summary>
public sealed class DirectoryPage
{
    public const int DefaultPageSize = 24;

    private readonly ThemeContext _theme;
    private readonly PublishedContent _folder;

    private DirectoryPage(ThemeContext theme, PublishedContent folder, DirectoryChoices choices, DirectoryQuery query)
    {
        _theme = theme;
        _folder = folder;
        Path = folder.Url ?? theme.Http.Request.Path;
        Choices = choices;
        Query = query;
        PageSize = folder.Value<long?>("pageSize") is { } size and >= 1 and <= 60 ? (int)size : DefaultPageSize;
    }

    public string Path { get; }

    public DirectoryChoices Choices { get; }

    /// <summary>The state as understood; its page is the one shown.</summary>
    public DirectoryQuery Query { get; private set; }

    public int PageSize { get; }

    public ResolvedPlace? Place { get; private set; }

    /// <summary>Why the typed place gave no position, for the message on that field.</summary>
    public string? NearError { get; private set; }

    /// <summary>False while the search index is first being built.</summary>
    public bool Available { get; private set; }

    /// <summary>
    /// The index is not open yet and nothing was asked but the list: every actor, by name, from the published
    /// cache. The list is the page's content, and a visitor arriving just after a deployment still gets it.
    /// </summary>
    public bool Fallback { get; private set; }

    public int Total { get; private set; }

    /// <summary>Pages that can be shown: the index pages results only so deep (<see cref="SearchService.MaxSkip"/>).</summary>
    public int PageCount => Math.Clamp((Total + PageSize - 1) / PageSize, 1, SearchService.MaxSkip / PageSize + 1);

    public SearchSort SortApplied { get; private set; }

    public IReadOnlyList<ActorResult> Results { get; private set; } = [];

    public FacetGroup Kinds { get; private set; } = null!;

    public FacetGroup Specialties { get; private set; } = null!;

    /// <summary>Regions with actors (and the chosen ones).</summary>
    public FacetGroup Regions { get; private set; } = null!;

    public FacetGroup Labels { get; private set; } = null!;

    /// <summary>Departments with actors (and the chosen one), for the select.</summary>
    public FacetGroup Departments { get; private set; } = null!;

    public IReadOnlyList<ActiveFilter> ActiveFilters { get; private set; } = [];

    /// <summary>The orders that make sense now: relevance needs words, distance a place.</summary>
    public IReadOnlyList<Choice> SortOptions { get; private set; } = [];

    public string ResetUrl => Url(Query.WithoutFilters());

    /// <summary>
    /// Actors the default view leaves out because their label has expired (0 once the visitor picks a label
    /// filter): the page says so beside the count, with <see cref="ShowExpiredUrl"/>.
    /// </summary>
    public int HiddenExpired { get; private set; }

    /// <summary>The same search showing the actors whose label has expired.</summary>
    public string ShowExpiredUrl => Url(Query with { Labels = [DirectoryChoices.ExpiredLabel], Page = 1 });

    public string Url(DirectoryQuery query) => query.Url(Path);

    public string PageUrl(int page) => Url(Query with { Page = page });

    public static DirectoryPage Run(ThemeContext theme, PublishedContent folder)
    {
        var services = theme.Http.RequestServices;
        var geography = services.GetRequiredService<FranceGeography>();
        var choices = new DirectoryChoices(theme, geography);
        var page = new DirectoryPage(theme, folder, choices, DirectoryQuery.Parse(theme.Http.Request.Query, choices));
        page.FindPlace(geography);
        page.Search(services.GetRequiredService<SearchService>(), services.GetRequiredService<SearchIndexes>().Schema);
        return page;
    }

    private void FindPlace(FranceGeography geography)
    {
        if (Query.Near.Length > 0)
        {
            if (geography.FindCommunes(Query.Near, 1) is [var commune, ..])
            {
                Place = new ResolvedPlace($"{commune.Name} ({commune.DepartmentCode})", commune.Centre);
            }
            else
            {
                NearError = _theme.T(
                    $"Aucune commune ni aucun code postal ne correspond à « {Query.Near} ». Saisissez un code postal à cinq chiffres (par exemple 35000) ou le nom d'une commune.",
                    $"No town or postcode matches “{Query.Near}”. Enter a five-digit postcode (for example 35000) or the name of a town.");
            }
        }
        else if (Query.Position is { } position)
        {
            Place = new ResolvedPlace(_theme.T("votre position", "your position"), position);
        }

        var sorts = new List<Choice>();
        if (Query.Text.Length > 0)
        {
            sorts.Add(new("relevance", _theme.T("Pertinence", "Relevance")));
        }

        if (Place is not null)
        {
            sorts.Add(new("distance", _theme.T("Distance", "Distance")));
        }

        sorts.Add(new("name", _theme.T("Nom, de A à Z", "Name, A to Z")));
        SortOptions = sorts;
        if (Query.Sort is { } sort && !sorts.Any(s => s.Value == DirectoryQuery.SortValue(sort)))
        {
            Query = Query with { Sort = null };
        }
    }

    private void Search(SearchService search, IndexSchema schema)
    {
        var results = search.Search(Request(schema, Query.Page));
        if (results.Available && results.Hits.Count == 0 && results.Total > 0 && Query.Page > 1)
        {
            // A page past the end (a shorter list since the link was made): show the last one.
            Query = Query with { Page = Math.Max(1, (results.Total + PageSize - 1) / PageSize) };
            results = search.Search(Request(schema, Query.Page));
        }

        Available = results.Available;
        Total = results.Total;
        SortApplied = results.SortApplied;
        Results = results.Hits.Select(Result).OfType<ActorResult>().ToList();
        if (!Available && !Query.HasFilters && Query.Text.Length == 0)
        {
            ListWithoutIndex();
        }

        Kinds = Group(results, DirectoryParameters.Kind, Choices.Legend(DirectoryFacets.Kind, "Catégorie", "Category"), DirectoryFacets.Kind, Choices.Kinds, Query.Kinds, allOptions: true);
        Specialties = Group(results, DirectoryParameters.Specialty, Choices.Legend(DirectoryFacets.Specialties, "Spécialités", "Specialties"),
            DirectoryFacets.Specialties, Choices.Specialties, Query.Specialties, allOptions: true);
        Regions = Group(results, DirectoryParameters.Region, Choices.Legend(DirectoryFacets.Regions, "Régions couvertes", "Regions served"),
            DirectoryFacets.Regions, Choices.Regions, Query.Regions, allOptions: false);
        Labels = Group(results, DirectoryParameters.Label, _theme.T("Label", "Label"), DirectoryFacets.LabelExpiry, Choices.Labels, Query.Labels, allOptions: true, bucketed: true);
        Departments = Group(results, DirectoryParameters.Department, _theme.T("Département couvert", "Department served"),
            DirectoryFacets.Departments, Choices.Departments.ToList(), Query.Department is { } d ? [d] : [], allOptions: false);
        ActiveFilters = Active();
        HiddenExpired = Query.Labels.Count == 0 && Labels.Options.FirstOrDefault(o => o.Value == DirectoryChoices.ExpiredLabel)?.Count is { } hidden ? hidden : 0;
    }

    private void ListWithoutIndex()
    {
        var comparer = StringComparer.Create(_theme.CultureInfo, CompareOptions.IgnoreCase);
        // As the index would: expired labels are left out of the default view.
        var actors = Listings.OfType(_folder, DirectoryChoices.ActorType).Where(a => Cards.LabelValid(_theme, a) != false).OrderBy(a => a.Name, comparer).ToList();
        Fallback = true;
        Total = actors.Count;
        SortApplied = SearchSort.Name;
        Query = Query with { Page = Math.Clamp(Query.Page, 1, PageCount), Sort = null };
        Results = actors.Skip((Query.Page - 1) * PageSize).Take(PageSize)
            .Select(a => new ActorResult(Cards.For(_theme, a), null, null, a.Value<GeoPoint?>("location")))
            .ToList();
    }

    private SearchRequest Request(IndexSchema schema, int page)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Filter(string alias, IReadOnlyList<string> values)
        {
            if (values.Count > 0 && schema.Facets.ContainsKey(alias))
            {
                filters[alias] = values;
            }
        }

        Filter(DirectoryFacets.Kind, Query.Kinds);
        Filter(DirectoryFacets.Specialties, Query.Specialties);
        Filter(DirectoryFacets.Regions, Query.Regions);
        Filter(DirectoryFacets.Departments, Query.Department is { } department ? [department] : []);
        // No label chosen is not "any label": the default view hides expired ones (and is no filter chip).
        Filter(DirectoryFacets.LabelExpiry, Query.Labels.Count > 0 ? Query.Labels.Select(DirectoryChoices.Bucket).ToList() : DirectoryChoices.DefaultLabelBuckets);
        return new SearchRequest
        {
            Culture = _theme.Culture,
            Text = Query.Text.Length > 0 ? Query.Text : null,
            ContentTypes = [DirectoryChoices.ActorType],
            Under = _folder.Id,
            Today = _theme.Today,
            Filters = filters,
            // A facet the document type no longer marks is simply not offered: asking for it would throw.
            Facets = DirectoryFacets.All.Where(schema.Facets.ContainsKey).ToList(),
            Near = Place?.Point,
            RadiusKm = Place is null ? null : Query.RadiusKm,
            Sort = Query.Sort ?? (Query.Text.Length > 0 ? SearchSort.Relevance : Place is not null ? SearchSort.Distance : SearchSort.Name),
            Skip = (page - 1) * PageSize,
            Take = PageSize,
        };
    }

    private ActorResult? Result(SearchHit hit)
    {
        // The index may trail the published cache by a moment: an actor unpublished since is left out.
        if (_theme.Snapshot?.GetById(hit.NodeId, _theme.Culture) is not { Url: not null } actor)
        {
            return null;
        }

        var card = Cards.For(_theme, actor);
        // Without words the "snippet" is only the start of the indexed text: the card's own description reads better.
        return new ActorResult(card, Query.Text.Length > 0 ? hit.SnippetHtml : null, hit.DistanceKm is { } km ? Distance(km) : null, actor.Value<GeoPoint?>("location"));
    }

    /// <summary>"à 3,2 km" / "3.2 km away"; whole kilometres from 10 km on.</summary>
    private string Distance(double km)
    {
        var number = km.ToString(km < 10 ? "0.0" : "0", _theme.CultureInfo);
        return _theme.T($"à {number} km", $"{number} km away");
    }

    private static FacetGroup Group(SearchResults results, string parameter, string legend, string alias, IReadOnlyList<Choice> choices,
        IReadOnlyList<string> selected, bool allOptions, bool bucketed = false)
    {
        // Until the index is open nothing is counted: only the chosen options are shown, so a submit keeps them.
        var options = choices
            .Select(c => new FacetOption(c.Value, c.Label,
                results.Available ? results.Count(alias, bucketed ? DirectoryChoices.Bucket(c.Value) : c.Value) : null, selected.Contains(c.Value)))
            .Where(o => o.Selected || (results.Available && (allOptions || o.Count > 0)))
            .ToList();
        return new FacetGroup(parameter, legend, options);
    }

    private List<ActiveFilter> Active()
    {
        var active = new List<ActiveFilter>();
        var reset = Query with { Page = 1 };
        if (Query.Text.Length > 0)
        {
            active.Add(new(_theme.T($"Mots : « {Query.Text} »", $"Words: “{Query.Text}”"), Url(reset with { Text = "", Sort = Query.Sort is SearchSort.Relevance ? null : Query.Sort })));
        }

        void Each(IReadOnlyList<string> values, IReadOnlyList<Choice> choices, Func<IReadOnlyList<string>, DirectoryQuery> without)
        {
            foreach (var value in values)
            {
                var label = choices.FirstOrDefault(c => c.Value == value)?.Label ?? value;
                active.Add(new(label, Url(without(DirectoryQuery.Without(values, value)))));
            }
        }

        Each(Query.Kinds, Choices.Kinds, v => reset with { Kinds = v });
        Each(Query.Specialties, Choices.Specialties, v => reset with { Specialties = v });
        Each(Query.Regions, Choices.Regions, v => reset with { Regions = v });
        if (Query.Department is { } department)
        {
            active.Add(new(Choices.DepartmentLabel(department), Url(reset with { Department = null })));
        }

        Each(Query.Labels, Choices.Labels, v => reset with { Labels = v });
        if (Place is not null)
        {
            active.Add(new(_theme.T($"À moins de {Query.RadiusKm} km de {Place.Label}", $"Within {Query.RadiusKm} km of {Place.Label}"), Url(Query.WithoutPlace())));
        }

        return active;
    }
}
