using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Media;

/// <summary>Deleting a media item that content uses needs an explicit confirmation; without it nothing is deleted.</summary>
public sealed class MediaDeleteTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteUsedImage_ListsWhereItIsUsed_AndNeedsTheConfirmation(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        (await MediaUploads.UploadAsync(editor, "photo.png", MediaUploads.Png, "Photo du salon", "Le salon")).Dispose();
        var image = Assert.Single(await MediaUploads.ItemsAsync(server));
        var article = await CreateArticleWithImageAsync(server, image.Key);
        using (var before = await server.Http.GetAsync($"/media/{image.Key:D}.png"))
        {
            // Cached a day, never as immutable: a withdrawn photo must leave browsers and proxies.
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Equal(TimeSpan.FromDays(1), before.Headers.CacheControl!.MaxAge);
            Assert.DoesNotContain("immutable", before.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        }


        var page = await editor.GetStringAsync($"/backoffice/media/{image.Id}");
        Assert.Contains($"<a href=\"/backoffice/content/{article}\">Article illustré</a>", page, StringComparison.Ordinal);

        using var unconfirmed = await editor.PostFormAsync($"/backoffice/media/{image.Id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Cochez la case de confirmation", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await MediaUploads.ItemsAsync(server));
        Assert.Single(MediaUploads.StoredFiles(server));

        using var confirmed = await editor.PostFormAsync($"/backoffice/media/{image.Id}?handler=Delete", new() { ["ConfirmDelete"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Empty(await MediaUploads.ItemsAsync(server));
        Assert.Empty(MediaUploads.StoredFiles(server));
        using var served = await server.Http.GetAsync($"/media/{image.Key:D}.png");
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);

        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var deletion = await db.Audit.SingleAsync(a => a.Action == "media.delete" && a.Outcome == AuditOutcome.Succeeded);
        Assert.Contains("Photo du salon", deletion.Before, StringComparison.Ordinal);
        Assert.Contains("Le salon", deletion.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteUnusedImage_NeedsNoConfirmation_AndAFolderOnlyWhenEmpty()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        (await editor.PostFormAsync("/backoffice/media?handler=CreateFolder", new() { ["NewFolderName"] = "Visuels" })).Dispose();
        var folder = Assert.Single(await MediaUploads.ItemsAsync(server));
        (await MediaUploads.UploadAsync(editor, "photo.png", MediaUploads.Png, "Photo", "Une photo", folder: folder.Id)).Dispose();
        var image = (await MediaUploads.ItemsAsync(server)).Single(m => !m.IsFolder);
        Assert.Equal(folder.Id, image.ParentId);
        Assert.Contains("Photo", await editor.GetStringAsync($"/backoffice/media?folder={folder.Id}"), StringComparison.Ordinal);

        using var notEmpty = await editor.PostFormAsync($"/backoffice/media?handler=Delete&folder={folder.Id}", []);
        Assert.Contains("Ce dossier n&#x27;est pas vide", await notEmpty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var deleteImage = await editor.PostFormAsync($"/backoffice/media/{image.Id}?handler=Delete", []);
        using var deleteFolder = await editor.PostFormAsync($"/backoffice/media?handler=Delete&folder={folder.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, deleteImage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleteFolder.StatusCode);
        Assert.Empty(await MediaUploads.ItemsAsync(server));
    }

    [Theory]
    [InlineData(Roles.Writer)]
    [InlineData(Roles.Translator)]
    public async Task DeleteByARoleWithoutThePermission_Is403_Audited_AndDeletesNothing(string role)
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        (await MediaUploads.UploadAsync(editor, "photo.png", MediaUploads.Png, "Photo", "Une photo")).Dispose();
        var image = Assert.Single(await MediaUploads.ItemsAsync(server));
        using var other = await BackofficeSession.SignInAsync(server, role);

        var page = await other.GetStringAsync($"/backoffice/media/{image.Id}");
        using var response = await other.PostFormAsync($"/backoffice/media/{image.Id}?handler=Delete", new() { ["ConfirmDelete"] = "true" });

        Assert.DoesNotContain("handler=Delete", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await MediaUploads.ItemsAsync(server));
        Assert.Single(MediaUploads.StoredFiles(server));
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "permission.MediaDelete" && a.Outcome == AuditOutcome.Refused && a.Target == $"media-item:{image.Id}"));
    }

    /// <summary>A news article whose image picker holds the media key, created through the engine as the editor would.</summary>
    private static async Task<int> CreateArticleWithImageAsync(SiteServer server, Guid key)
    {
        int newsFolder;
        await using (var db = server.Get<IDbContextFactory<BrandDbContext>>().CreateDbContext())
        {
            newsFolder = await db.Nodes.Where(n => n.ContentType == "newsFolder" && !n.Trashed).Select(n => n.Id).FirstAsync();
        }

        var data = Docs.Article("Article illustré", "Illustrated article").With("image", "", key.ToString());
        var result = await server.Get<ContentEditor>().CreateAsync(new NewContent("newsArticle", newsFolder, data, "test"));
        Assert.True(result.Value is not null, string.Join("; ", result.Errors.Select(e => $"{e.Property}: {e.Message}")));
        return result.Value!.Id;
    }

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];
}
