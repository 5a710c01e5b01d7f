using System.Net;
using System.Text.Json;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Content;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// The real process, killed with SIGKILL while editors publish and unpublish through the backoffice over
/// HTTP, then started again on the same data folder and database: the published cache it serves, its search
/// index and the change journal agree with the database, whatever instant the kill fell on.
/// </summary>
public sealed class CrashDuringPublishTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KilledDuringPublishes_AfterRestart_ContentJournalCacheAndIndexAgree(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var site = new SiteProcess("crash", database);
        await site.StartAsync();
        List<PublishedContent> articles;
        await using (var reader = await Engine.StartAsync(database))
        {
            articles = reader.Published.GetByRoute("/fr/actualites")!.Children.ToList();
        }

        var acknowledged = 0;
        using (var stop = new CancellationTokenSource())
        {
            var editors = Enumerable.Range(0, 3).Select(async worker =>
            {
                using var session = await NodeSession.SignInAsync(site);
                for (var round = 0; !stop.IsCancellationRequested; round++)
                {
                    var article = articles[(worker + (round * 3)) % articles.Count];
                    try
                    {
                        await ChangeAsync(session, site, article.Id, unpublish: (round + worker) % 4 == 3, title: $"Crash{worker}x{round}");
                        Interlocked.Increment(ref acknowledged);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                }
            }).ToList();

            // Kill while requests are in flight, once enough publishes went through to make the state interesting.
            var until = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref acknowledged) < 12 && DateTime.UtcNow < until && !editors.Any(e => e.IsFaulted))
            {
                await Task.Delay(50);
            }

            await site.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(editors);
            Assert.True(acknowledged >= 12, "too few publishes before the kill:\n" + site.Log);
        }

        await site.StartAsync(); // the same data folder and database
        await using var truth = await Engine.StartAsync(database); // the database's own view, built apart from the restarted site
        long lastEntry;
        await using (var db = truth.Get<IDbContextFactory<BrandDbContext>>().CreateDbContext())
        {
            lastEntry = await db.Journal.MaxAsync(j => j.Id);
        }

        // The journal: the cache and both indexes reach its last entry (they catch up after start, not before).
        await Polling.EventuallyAsync(async () => (await PositionsAsync(site)).All(p => p == lastEntry), seconds: 60);

        foreach (var article in articles)
        {
            var published = truth.Published.GetById(article.Id, "fr");
            using var page = await site.Http.GetAsync(new Uri(published?.Url ?? article.Url!, UriKind.Relative));
            if (published is null)
            {
                Assert.Equal(HttpStatusCode.NotFound, page.StatusCode); // unpublished in the database: not served
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(published.Name, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Contains(published.Url!, await SearchAsync(site, published.Name), StringComparison.Ordinal);
        }

        // Nothing unpublished, and no older title, is found by the public search.
        var unpublished = articles.Where(a => truth.Published.GetById(a.Id, "fr") is null).ToList();
        foreach (var article in unpublished)
        {
            var lastTitle = (await truth.Queries.GetAsync(article.Id))!.Draft.Names["fr"];
            Assert.DoesNotContain(article.Url!, await SearchAsync(site, lastTitle), StringComparison.Ordinal);
        }
    }

    /// <summary>The published cache's journal position and each search index's, from /health.</summary>
    private static async Task<List<long>> PositionsAsync(SiteProcess site)
    {
        using var response = await site.Http.GetAsync(new Uri("/health", UriKind.Relative));
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        var positions = new List<long> { checks.GetProperty("publishedCache").GetProperty("journalPosition").GetInt64() };
        foreach (var index in checks.GetProperty("search").EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            positions.Add(index.Value.GetProperty("position").GetInt64());
        }

        return positions;
    }

    /// <summary>The results part of the public search page for <paramref name="text"/>.</summary>
    private static async Task<string> SearchAsync(SiteProcess site, string text)
    {
        var html = await site.Http.GetStringAsync(new Uri("/fr/recherche?q=" + Uri.EscapeDataString(text), UriKind.Relative));
        var start = html.IndexOf("cc-search-results", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    private static async Task ChangeAsync(NodeSession session, SiteProcess site, int id, bool unpublish, string title)
    {
        var url = $"/backoffice/content/{id}?culture=fr";
        var html = await session.GetStringAsync(site, url);
        var token = NodeSession.TokenIn(html);
        if (unpublish)
        {
            using var unpublished = await session.PostAsync(site, $"/backoffice/content/{id}?handler=unpublish&culture=fr", token,
                [new("unpublishCultures", "fr")]);
            return;
        }

        var form = EditorForm.Parse(html).Set("name.fr", title).Remove("publishCultures").Add("publishCultures", "fr");
        using var published = await session.PostAsync(site, $"/backoffice/content/{id}?handler=publish&culture=fr", token, form.Fields);
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"publish answered {(int)published.StatusCode}");
    }
}
