namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// The kinds of public page, each named by a word a test can carry in its name, and turned into a real
/// URL at run time by walking the published cache (the first page of that type, in tree order).
/// </summary>
public static class PageKinds
{
    public const string Search = "search";
    public const string NotFound = "404";

    /// <summary>An event still to come: its page has more to check (calendar link, registration) than a past one.</summary>
    public const string UpcomingEvent = "upcoming-event";

    /// <summary>The search page showing results (grouped by type) for <see cref="SearchQuery"/>.</summary>
    public const string SearchResults = "search-results";

    /// <summary>The directory with filters, a place, a field in error-free state, and the map.</summary>
    public const string FilteredDirectory = "directory-filtered";

    /// <summary>The network charter: a standard page under the join page, found through the join page's charter picker.</summary>
    public const string Charter = "charter";

    /// <summary>What each searched page looks for: a word every culture of the seed uses.</summary>
    public static string SearchQuery(string culture) => culture == "fr" ? "numérique" : "digital";

    /// <summary>Page kind → document type alias (the two special kinds are handled by the caller).</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["home"] = "home",
        ["campaign"] = "campaignPage",
        ["standard"] = "standardPage",
        ["news-list"] = "newsFolder",
        ["news-article"] = "newsArticle",
        ["events-list"] = "eventsFolder",
        ["event"] = "event",
        ["stories-list"] = "successStoriesFolder",
        ["story"] = "successStory",
        ["resources-list"] = "resourcesFolder",
        ["resource"] = "resource",
        ["aid-list"] = "aidSchemesFolder",
        ["aid"] = "aidScheme",
        ["directory"] = "actorsFolder",
        ["actor"] = "labelledActor",
        [Search] = "searchPage",
        ["self-assessment"] = "selfDiagnosticPage",
        ["self-assessment-indicators"] = "diagnosticIndicatorsPage",
        ["brand-kit"] = "brandKitPage",
        ["join"] = "networkApplicationPage",
        ["actor-space"] = "actorSpacePage",
    };

    public static readonly string[] Cultures = ["fr", "en"];

    /// <summary>Every page kind in both cultures, the 404 page included.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in Cultures)
        {
            foreach (var kind in ContentTypes.Keys.Append(UpcomingEvent).Append(SearchResults).Append(FilteredDirectory).Append(Charter).Append(NotFound))
            {
                data.Add(culture, kind);
            }
        }

        return data;
    }

    /// <summary>The pages worth a screenshot: the ones a visitor sees most.</summary>
    public static TheoryData<string, string> MainPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in Cultures)
        {
            foreach (var kind in new[] { "home", "events-list", UpcomingEvent, "directory", FilteredDirectory, "actor", SearchResults })
            {
                data.Add(culture, kind);
            }
        }

        return data;
    }

    /// <summary>The path of a page kind in a culture on the running site.</summary>
    public static async Task<string> PathOfAsync(SiteBrowserFixture site, string culture, string kind) => kind switch
    {
        NotFound => $"/{culture}/{(culture == "fr" ? "cette-page-n-existe-pas" : "this-page-does-not-exist")}",
        UpcomingEvent => (await site.UpcomingEventAsync(culture)).Url!,
        SearchResults => await SearchIndex.ReadyAsync(site, $"{site.First("searchPage", culture).Url}?q={Uri.EscapeDataString(SearchQuery(culture))}"),
        FilteredDirectory => await SearchIndex.ReadyAsync(site, $"{site.First("actorsFolder", culture).Url}?specialty=onlineSelling&near=35000&radius=100"),
        "home" => site.Home(culture).Url!,
        Charter => site.Published.GetByKey(site.First("networkApplicationPage", culture).Value<Guid>("charterPage"), culture)!.Url!,
        _ => site.First(ContentTypes[kind], culture).Url!,
    };
}
