using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Media;

public sealed class MediaFolderTests
{
    [Fact]
    public async Task Folders_NestWithABreadcrumb_FilesMove_AndAFolderNeverMovesBelowItself()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        (await writer.PostFormAsync("/backoffice/media?handler=CreateFolder", new() { ["NewFolderName"] = "Campagne" })).Dispose();
        var campaign = Assert.Single(await MediaUploads.ItemsAsync(server));
        (await writer.PostFormAsync($"/backoffice/media?handler=CreateFolder&folder={campaign.Id}", new() { ["NewFolderName"] = "Visuels" })).Dispose();
        var visuals = (await MediaUploads.ItemsAsync(server)).Single(m => m.Name == "Visuels");
        (await MediaUploads.UploadAsync(writer, "photo.png", MediaUploads.Png, "Photo", "Une photo")).Dispose();
        var photo = (await MediaUploads.ItemsAsync(server)).Single(m => !m.IsFolder);

        using var moved = await writer.PostFormAsync($"/backoffice/media/{photo.Id}?handler=Move", new() { ["ParentId"] = visuals.Id.ToString() });
        var folderPage = await writer.GetStringAsync($"/backoffice/media?folder={visuals.Id}");
        using var intoItself = await writer.PostFormAsync($"/backoffice/media?handler=Move&folder={campaign.Id}", new() { ["ParentId"] = visuals.Id.ToString() });
        using var duplicate = await writer.PostFormAsync("/backoffice/media?handler=CreateFolder", new() { ["NewFolderName"] = "Campagne" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(visuals.Id, (await MediaUploads.ItemsAsync(server)).Single(m => m.Id == photo.Id).ParentId);
        Assert.Matches($"<a class=\"fr-breadcrumb__link\" href=\"/backoffice/media\\?folder={campaign.Id}\">Campagne</a>.*aria-current=\"page\">Visuels</a>", folderPage.ReplaceLineEndings(" "));
        Assert.Contains($"href=\"/backoffice/media/{photo.Id}\">Photo</a>", folderPage, StringComparison.Ordinal);
        Assert.Contains("ne peut pas être déplacé dans lui-même", await intoItself.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await MediaUploads.ItemsAsync(server)).Single(m => m.Id == campaign.Id).ParentId);
        Assert.Contains("id=\"new-folder-name-error\">Un dossier « Campagne » existe déjà ici.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var move = await db.Audit.SingleAsync(a => a.Action == "media.move" && a.Outcome == AuditOutcome.Succeeded);
        Assert.Contains("\"folder\": \"Médiathèque\"", move.Before, StringComparison.Ordinal);
        Assert.Contains("\"folder\": \"Médiathèque / Campagne / Visuels\"", move.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditAlt_AfterUpload_IsSaved_AndAStaleFormIsAConflictKeepingWhatWasTyped()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        (await MediaUploads.UploadAsync(editor, "photo.png", MediaUploads.Png, "Photo", "Ancien texte")).Dispose();
        var photo = Assert.Single(await MediaUploads.ItemsAsync(server));

        using var saved = await editor.PostFormAsync($"/backoffice/media/{photo.Id}?handler=Save",
            new() { ["Version"] = photo.Version.ToString(), ["Name"] = "Photo", ["AltFr"] = "Nouveau texte", ["AltEn"] = "New text" });
        using var stale = await editor.PostFormAsync($"/backoffice/media/{photo.Id}?handler=Save",
            new() { ["Version"] = photo.Version.ToString(), ["Name"] = "Photo", ["AltFr"] = "Texte concurrent", ["AltEn"] = "" });
        var staleHtml = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("{\"fr\":\"Nouveau texte\",\"en\":\"New text\"}", Assert.Single(await MediaUploads.ItemsAsync(server)).AltJson);
        Assert.Contains("a modifié ce média entre-temps", staleHtml, StringComparison.Ordinal);
        Assert.Contains(">Texte concurrent</textarea>", staleHtml, StringComparison.Ordinal);
    }
}
