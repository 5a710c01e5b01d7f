using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>The recycle bin is shown 50 items a page, newest deletion first, and any of them can be restored.</summary>
public sealed class RecycleBinPagingTests
{
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TheOldestOfSixtyDeletedItems_IsOnPageTwo_AndIsRestoredFromThere(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var bin = server.Get<RecycleBinService>();
        var folder = (await queries.GetByKeyAsync(EventsFolder))!;
        var ids = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            var data = new DocumentData();
            data.Names["fr"] = $"Événement supprimé {i:00}";
            var created = await server.Get<ContentEditor>().CreateAsync(new NewContent("event", folder.Id, data, "test"));
            Assert.True(created.Succeeded);
            ids.Add(created.Value!.Id);
        }

        // Deleted in order: the first is the oldest deletion, the 60th entry of the bin.
        foreach (var id in ids)
        {
            Assert.True((await bin.TrashAsync(id, "test")).Succeeded);
        }

        var first = ids[0].ToString(CultureInfo.InvariantCulture);
        var page1 = WebUtility.HtmlDecode(await editor.GetStringAsync("/backoffice/recycle-bin"));
        Assert.Equal(50, Regex.Count(page1, "id=\"item-\\d+\""));
        Assert.Contains("Page 1 sur 2", page1, StringComparison.Ordinal);
        Assert.Contains($"id=\"item-{ids[^1]}\"", page1, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"item-{first}\"", page1, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/recycle-bin?page=2\"", page1, StringComparison.Ordinal);

        var page2 = WebUtility.HtmlDecode(await editor.GetStringAsync("/backoffice/recycle-bin?page=2"));
        Assert.Equal(10, Regex.Count(page2, "id=\"item-\\d+\""));
        Assert.Contains($"id=\"item-{first}\"", page2, StringComparison.Ordinal);

        using (var restored = await editor.PostFormAsync("/backoffice/recycle-bin?handler=restore&page=2", new() { ["id"] = first }))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var back = (await queries.GetAsync(ids[0]))!;
        Assert.False(back.Trashed);
        Assert.Equal(folder.Id, back.ParentId);
        Assert.DoesNotContain($"id=\"item-{first}\"", await editor.GetStringAsync("/backoffice/recycle-bin?page=2"), StringComparison.Ordinal);

        // An item that is in no bin entry (here: not deleted) is not restored.
        using var notInBin = await editor.PostFormAsync("/backoffice/recycle-bin?handler=restore", new() { ["id"] = first });
        Assert.Equal(HttpStatusCode.NotFound, notInBin.StatusCode);
    }
}
