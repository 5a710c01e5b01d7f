using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Review;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.History;

/// <summary>An item's old URLs after a rename, and their removal by an Editor.</summary>
public sealed class RedirectsPageTests
{
    [Fact]
    public async Task AfterARenameAndPublish_TheOldUrlIsListed_AnEditorDeletesIt_AWriterCannot()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var publishing = server.Get<PublishingService>();
        var article = await DraftArticles.CreateAsync(server, "Ancien titre");
        SiteTree.Ok(await publishing.PublishAsync(article.Id, ["fr"], "test"));
        var renamed = await DraftArticles.ChangeAsync(server, article.Id, d => d.Segments["fr"] = "nouveau-titre");
        SiteTree.Ok(await publishing.PublishAsync(article.Id, ["fr"], "test"));
        const string Old = "/fr/actualites/ancien-titre";

        var page = await editor.GetStringAsync($"/backoffice/content/{article.Id}/redirects");
        Assert.Contains($"<code>{Old}</code>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/actualites/nouveau-titre\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", await writer.GetStringAsync($"/backoffice/content/{article.Id}/redirects"), StringComparison.Ordinal);
        using (var moved = await server.Http.GetAsync(Old))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        }

        using (var refused = await writer.PostFormAsync($"/backoffice/content/{article.Id}/redirects?handler=Delete", new() { ["OldUrl"] = Old }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var deleted = await editor.PostFormAsync($"/backoffice/content/{article.Id}/redirects?handler=Delete", new() { ["OldUrl"] = Old }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.DoesNotContain($"<code>{Old}</code>", await editor.GetStringAsync($"/backoffice/content/{article.Id}/redirects"), StringComparison.Ordinal);
        using var gone = await server.Http.GetAsync(Old);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(renamed.Version, (await DraftArticles.GetAsync(server, article.Id)).Version);
    }
}
