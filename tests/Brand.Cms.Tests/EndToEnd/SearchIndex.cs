using Brand.Cms.Core.Search.Querying;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// The site's search index opens in the background after start-up (IndexWorker): until then the directory
/// and the search page say "being prepared". Tests about results wait for it first.
/// </summary>
public static class SearchIndex
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Returns once the external index answers with the seeded actors in both cultures.</summary>
    public static async Task WaitAsync(SiteBrowserFixture site)
    {
        var search = site.Get<SearchService>();
        var deadline = DateTime.UtcNow + Patience;
        while (!PageKinds.Cultures.All(culture =>
                   search.Search(new SearchRequest { Culture = culture, ContentTypes = ["labelledActor"], Take = 1 }) is { Available: true, Total: > 0 }))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The search index was not ready {Patience.TotalSeconds} s after the site started.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Waits for the index, then gives back <paramref name="path"/>: for page paths that need results.</summary>
    public static async Task<string> ReadyAsync(SiteBrowserFixture site, string path)
    {
        await WaitAsync(site);
        return path;
    }
}
