using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;

namespace Brand.Cms.Tests.Search;

/// <summary>Queries against the external index of the seeded site: text, facets, distance, snippets.</summary>
public sealed class SearchQueryTests(SeededSearch seeded) : IClassFixture<SeededSearch>
{
    private static readonly string[] Actors = ["labelledActor"];
    private static readonly GeoPoint Rennes = new(48.1114, -1.6800);

    private SearchResults Search(string culture, string? text, Func<SearchRequest, SearchRequest>? shape = null)
    {
        var request = new SearchRequest { Culture = culture, Text = text, Take = 100 };
        return seeded.Engine.Search.Search(shape is null ? request : shape(request));
    }

    private static List<string> Names(SearchResults results) => results.Hits.Select(h => h.Name).ToList();

    [Theory]
    [InlineData("fr", "numerique rennais", "Exemple — Atelier Numérique Rennais")]
    [InlineData("fr", "NUMÉRIQUE RENNAIS", "Exemple — Atelier Numérique Rennais")]
    [InlineData("fr", "securite informatique", "Exemple — Cyber Sûreté Méditerranée")]
    [InlineData("en", "showcase site", "Example — Atelier Numérique Rennais")]
    [InlineData("en", "security assessments", "Example — Cyber Sûreté Méditerranée")]
    public void Text_IgnoresAccentsCaseAndInflection(string culture, string text, string expected)
    {
        Assert.Contains(expected, Names(Search(culture, text)));
    }

    [Fact]
    public void Text_SearchesOnlyTheVisitorsLanguage()
    {
        Assert.All(Search("en", "rennes").Hits, h => Assert.StartsWith("Example", h.Name, StringComparison.Ordinal));
        Assert.All(Search("fr", "rennes").Hits, h => Assert.DoesNotContain("Example —", h.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Phrase_MatchesTheWordsInThatOrderOnly()
    {
        var phrase = Search("fr", "\"vendre en ligne\"");
        var reversed = Search("fr", "\"ligne vendre\"");

        Assert.NotEmpty(phrase.Hits);
        Assert.Empty(reversed.Hits);
        Assert.False(phrase.TextReinterpreted);
    }

    [Fact]
    public void Prefix_FindsNamesWhileTheWordIsBeingTyped()
    {
        Assert.Contains("Exemple — Cyber Sûreté Méditerranée", Names(Search("fr", "cyber sûr")));
        Assert.Contains("Exemple — Garonne Digital Conseil", Names(Search("fr", "garo")));
    }

    [Theory]
    [InlineData("Garone")]
    [InlineData("Massillia")]
    [InlineData("Méditerrannée cyber")]
    public void Typo_InANameStillFindsIt(string text)
    {
        Assert.NotEmpty(Search("fr", text, r => r with { ContentTypes = Actors }).Hits);
    }

    [Theory]
    [InlineData("\"boutique (en")]
    [InlineData("vente AND")]
    [InlineData("*commerce")]
    [InlineData("title:[a TO")]
    public void BrokenSyntax_IsSearchedAsPlainText(string text)
    {
        var results = Search("fr", text);

        Assert.True(results.Available);
        Assert.True(results.TextReinterpreted);
    }

    [Theory]
    [InlineData("/[ab]*a[ab]{24}/")]
    [InlineData("a~ b~ c~ d~ e~ f~ g~ h~ i~ j~ k~ l~ m~ n~ o~ p~ q~ r~ s~ t~")]
    public void CostlySyntax_IsDefused(string text)
    {
        // A regular expression would build an unbounded automaton; dozens of fuzzy terms would expand each.
        var results = Search("fr", text);

        Assert.True(results.Available);
    }

    [Fact]
    public void TrailingStopWord_DoesNotNarrowTheResults()
    {
        Assert.Equal(Search("fr", "formation").Total, Search("fr", "formation de").Total);
    }

    [Fact]
    public void OnlySyntax_FindsNothing_RatherThanEverything()
    {
        var results = Search("fr", "((((");

        Assert.True(results.TextReinterpreted);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Under_LimitsTheSearchToOneSubtree()
    {
        var folder = seeded.Engine.Published.GetByRoute("/fr/annuaire")!;

        var everywhere = Search("fr", "numérique");
        var inFolder = Search("fr", "numérique", r => r with { Under = folder.Id });

        Assert.Contains(everywhere.Hits, h => h.ContentType != "labelledActor");
        Assert.NotEmpty(inFolder.Hits);
        Assert.All(inFolder.Hits, h => Assert.Equal("labelledActor", h.ContentType));
    }

    [Fact]
    public void DateFacet_IsBucketedAgainstTheDayTheSiteGives()
    {
        string[] facets = ["labelExpiresOn"];
        var now = Search("fr", null, r => r with { ContentTypes = Actors, Facets = facets, Today = new DateOnly(2026, 11, 23) });
        var later = Search("fr", null, r => r with { ContentTypes = Actors, Facets = facets, Today = new DateOnly(2040, 1, 1) });

        Assert.True(now.Count("labelExpiresOn", IndexSchema.Upcoming) > 0);
        Assert.Equal(0, later.Count("labelExpiresOn", IndexSchema.Upcoming));
        Assert.Equal(now.Total, later.Count("labelExpiresOn", IndexSchema.Past));
    }

    [Fact]
    public void Snippet_MarksTheMatchedWords()
    {
        var hit = Search("fr", "formation sécurité", r => r with { ContentTypes = Actors }).Hits[0];

        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void FacetCounts_MatchABruteForceCount_AndFollowTheOtherFilters()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            ["kind"] = ["labelledConnector", "volunteerConnector"],
            ["specialties"] = ["website", "cloud"],
            ["regionsServed"] = ["76", "84", "53"],
            ["labelExpiresOn"] = [IndexSchema.Upcoming],
        };
        string[] facets = ["kind", "specialties", "regionsServed", "departmentsServed", "labelExpiresOn"];
        var results = Search("fr", null, r => r with { ContentTypes = Actors, Filters = filters, Facets = facets });

        var actors = seeded.Engine.Published.SiteRoot("fr")!.Descendants.Where(c => c.ContentType == "labelledActor").ToList();
        var today = DateOnly.FromDateTime(seeded.Engine.Clock.GetUtcNow().UtcDateTime);
        string[] Values(PublishedContent a, string facet) => facet switch
        {
            "kind" => [a.Value<string>("kind")!],
            "labelExpiresOn" => a.Value("labelExpiresOn") is DateOnly d ? [d >= today ? IndexSchema.Upcoming : IndexSchema.Past] : [IndexSchema.Undated],
            _ => a.Value<string[]>(facet) ?? [],
        };
        bool Passes(PublishedContent a, string facet) => Values(a, facet).Any(v => filters[facet].Contains(v));

        Assert.Equal(actors.Count(a => filters.Keys.All(f => Passes(a, f))), results.Total);
        foreach (var facet in facets)
        {
            // Drill sideways: a facet's counts apply every filter but its own.
            var pool = actors.Where(a => filters.Keys.Where(f => f != facet).All(f => Passes(a, f)));
            var expected = pool.SelectMany(a => Values(a, facet)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var actual = results.Facets[facet].ToDictionary(c => c.Value, c => c.Count);
            Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        }
    }

    [Fact]
    public void Distance_SortsNearestFirst_AndTheRadiusFilters()
    {
        var all = Search("fr", null, r => r with { ContentTypes = Actors, Near = Rennes, Sort = SearchSort.Distance });
        var near = Search("fr", null, r => r with { ContentTypes = Actors, Near = Rennes, RadiusKm = 250 });

        Assert.Equal("Exemple — Atelier Numérique Rennais", all.Hits[0].Name);
        var distances = all.Hits.Where(h => h.DistanceKm is not null).Select(h => h.DistanceKm!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.True(distances[0] < 2);
        var positions = seeded.Engine.Published.SiteRoot("fr")!.Descendants.Where(c => c.ContentType == "labelledActor")
            .Select(c => c.Value("location")).OfType<GeoPoint>().ToList();
        Assert.Equal(positions.Count(p => GeoDistance.DistanceKm(Rennes, p) <= 250), near.Total);
        Assert.Equal(SearchSort.Distance, near.SortApplied);
        Assert.All(near.Hits, h => Assert.InRange(h.DistanceKm!.Value, 0, 250));
    }

    [Fact]
    public void SortByName_FollowsTheAlphabet_IgnoringAccents()
    {
        var names = Search("fr", null, r => r with { ContentTypes = Actors, Sort = SearchSort.Name }).Hits.Select(h => h.Name).ToList();

        Assert.Equal(names.OrderBy(n => n, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), System.Globalization.CompareOptions.IgnoreNonSpace | System.Globalization.CompareOptions.IgnoreCase)), names);
    }

    [Fact]
    public void Paging_ReturnsTheNextResults_WithoutOverlap()
    {
        SearchResults Page(int skip) => Search("fr", null, r => r with { ContentTypes = Actors, Sort = SearchSort.Name, Skip = skip, Take = 10 });

        var first = Page(0);
        var second = Page(10);

        Assert.Equal(10, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.NodeId).Intersect(second.Hits.Select(h => h.NodeId)));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void SiteSearch_CountsEachContentType()
    {
        var results = Search("fr", "numérique", r => r with { Facets = [IndexFields.ContentTypeFacet] });

        var byType = results.Facets[IndexFields.ContentTypeFacet];
        Assert.True(byType.Count >= 2);
        Assert.Equal(results.Total, byType.Sum(c => c.Count));
    }
}
