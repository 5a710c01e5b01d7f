using System.Net;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Host;

/// <summary>A changed URL answers 301 to the new one (even after a restart); a publish shows despite the output cache.</summary>
public sealed class RedirectAndCacheTests
{
    [Fact]
    public async Task ChangedSegment_OldUrlAnswers301_AlsoAfterARestart()
    {
        await using var database = new SqliteTestDatabase();
        string oldUrl, newUrl;
        await using (var site = new SiteServer(database))
        {
            var article = site.Get<PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Children.First();
            oldUrl = article.Url!;
            newUrl = await RenameAsync(site, article.Id, "nouvelle-adresse");

            var response = await site.Http.GetAsync(new Uri(oldUrl + "?source=lettre", UriKind.Relative));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(newUrl + "?source=lettre", response.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri(newUrl, UriKind.Relative))).StatusCode);
        }

        await using var restarted = new SiteServer(database);
        var again = await restarted.Http.GetAsync(new Uri(oldUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, again.StatusCode);
        Assert.Equal(newUrl, again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Publish_IsVisibleOnTheNextRequest_DespiteTheOutputCache()
    {
        await using var database = new SqliteTestDatabase();
        await using var site = new SiteServer(database);
        var article = site.Get<PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Children.First();
        var before = WebUtility.HtmlDecode(await site.Http.GetStringAsync(new Uri(article.Url!, UriKind.Relative)));
        Assert.Contains(article.Name, before, StringComparison.Ordinal);

        var item = (await site.Get<ContentQueries>().GetAsync(article.Id))!;
        var draft = item.Draft.Clone();
        draft.Names["fr"] = "Titre corrigé après relecture";
        Ok(await site.Get<ContentEditor>().SaveAsync(item.Id, item.Version, draft, "alice"));
        Ok(await site.Get<PublishingService>().PublishAsync(item.Id, ["fr"], "alice"));

        var after = WebUtility.HtmlDecode(await site.Http.GetStringAsync(new Uri(article.Url!, UriKind.Relative)));
        Assert.Contains("Titre corrigé après relecture", after, StringComparison.Ordinal);
    }

    private static async Task<string> RenameAsync(SiteServer site, int id, string segment)
    {
        var item = (await site.Get<ContentQueries>().GetAsync(id))!;
        var draft = item.Draft.Clone();
        draft.Segments["fr"] = segment;
        Ok(await site.Get<ContentEditor>().SaveAsync(id, item.Version, draft, "alice"));
        Ok(await site.Get<PublishingService>().PublishAsync(id, ["fr"], "alice"));
        return site.Get<PublishedContentCache>().Current.GetById(id, "fr")!.Url!;
    }
}
