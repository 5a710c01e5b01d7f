using Brand.Cms.Core.Content;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Search;

/// <summary>
/// A date facet's third bucket, "none": documents without the date. The directory's default view is
/// labelExpiresOn = [upcoming, none]: valid labels and actors without a label (volunteers, partners), not expired ones.
/// </summary>
public sealed class UndatedFacetTests : IAsyncLifetime
{
    private static readonly string[] Actors = ["labelledActor"];
    private static readonly string[] Facets = ["labelExpiresOn"];
    private static readonly DateOnly Today = new(2026, 11, 23);

    private TestDatabase _database = null!;
    private Engine _engine = null!;
    private string _undated = "";

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.Sqlite);
        _engine = await Engine.StartAsync(_database, seed: true);
        var actor = _engine.Published.SiteRoot("fr")!.Descendants.First(c => c.ContentType == "labelledActor" && c.Value("labelExpiresOn") is DateOnly d && d >= Today);
        var item = (await _engine.Queries.GetAsync(actor.Id))!;
        var data = item.Draft.Clone();
        data.Set("labelExpiresOn", DocumentData.Invariant, null);
        data.Set("labelGrantedOn", DocumentData.Invariant, null);
        SiteTree.Ok(await _engine.Editor.SaveAsync(item.Id, item.Version, data, "alice"));
        SiteTree.Ok(await _engine.Publishing.PublishAsync(item.Id, null, "alice"));
        _undated = actor.Name;
        foreach (var index in _engine.Indexes.All)
        {
            await index.OpenAsync();
            await index.CatchUpAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    private SearchResults Search(params string[] buckets) => _engine.Search.Search(new SearchRequest
    {
        Culture = "fr",
        ContentTypes = Actors,
        Facets = Facets,
        Today = Today,
        Take = 100,
        Filters = buckets.Length == 0 ? new Dictionary<string, IReadOnlyList<string>>() : new() { ["labelExpiresOn"] = buckets },
    });

    [Fact]
    public void UpcomingOrNone_KeepsValidAndUndated_DropsExpired()
    {
        var actors = _engine.Published.SiteRoot("fr")!.Descendants.Where(c => c.ContentType == "labelledActor").ToList();
        var expected = actors.Where(a => a.Value("labelExpiresOn") is not DateOnly d || d >= Today).Select(a => a.Name).Order(StringComparer.Ordinal);

        var results = Search(IndexSchema.Upcoming, IndexSchema.Undated);

        Assert.Equal(expected, results.Hits.Select(h => h.Name).Order(StringComparer.Ordinal));
        Assert.Contains(_undated, results.Hits.Select(h => h.Name));
        Assert.DoesNotContain(results.Hits, h => actors.Single(a => a.Id == h.NodeId).Value("labelExpiresOn") is DateOnly d && d < Today);
    }

    [Fact]
    public void Counts_PutUndatedUnderNone_AndIgnoreTheFacetsOwnFilter()
    {
        var all = Search();
        var filtered = Search(IndexSchema.Upcoming, IndexSchema.Undated);

        Assert.Equal(1, all.Count("labelExpiresOn", IndexSchema.Undated));
        Assert.Equal(all.Total, all.Count("labelExpiresOn", IndexSchema.Upcoming) + all.Count("labelExpiresOn", IndexSchema.Past) + 1);
        // Drill sideways: the expired count is still known while they are filtered out, for the "Expired label" box.
        Assert.True(filtered.Count("labelExpiresOn", IndexSchema.Past) > 0);
        Assert.Equal(all.Count("labelExpiresOn", IndexSchema.Past), filtered.Count("labelExpiresOn", IndexSchema.Past));
        Assert.Equal(all.Total - all.Count("labelExpiresOn", IndexSchema.Past), filtered.Total);
        Assert.Equal([_undated], Search(IndexSchema.Undated).Hits.Select(h => h.Name));
    }
}
