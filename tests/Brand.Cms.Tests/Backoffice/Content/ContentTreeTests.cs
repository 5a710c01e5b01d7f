using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

public sealed class ContentTreeTests
{
    private static readonly Guid Home = Guid.Parse("4991f9ba-c0ec-4870-8f15-5e7a6f0be24f");
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AFolderIsShownAPageAtATime_AndItsChildrenAreSortedByButtonsOrByDragging(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var folder = (await queries.GetByKeyAsync(EventsFolder))!;
        for (var i = 0; i < 55; i++)
        {
            var data = new DocumentData();
            data.Names["fr"] = $"Événement de charge {i:00}";
            Assert.True((await server.Get<ContentEditor>().CreateAsync(new NewContent("event", folder.Id, data, "test"))).Succeeded);
        }

        var before = (await queries.ChildrenAsync(folder.Id)).Select(c => c.Id).ToList();
        var tree = WebUtility.HtmlDecode(await editor.GetStringAsync($"/backoffice/content?open={folder.Id}"));
        Assert.Contains($"Page 1 sur {(before.Count + 49) / 50}", tree, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(tree, "name=\"order\""));
        Assert.Contains("/backoffice/content/create?parentId=" + folder.Id + "&type=event", tree, StringComparison.Ordinal);

        // Without JavaScript: "down" on the first child.
        using (var stepped = await editor.PostFormAsync($"/backoffice/content?open={folder.Id}&handler=sort&page=1", new() { ["step"] = $"{before[0]}:down" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, stepped.StatusCode);
        }

        var afterStep = (await queries.ChildrenAsync(folder.Id)).Select(c => c.Id).ToList();
        Assert.Equal([before[1], before[0], .. before.Skip(2)], afterStep);

        // After a drag: the shown page's ids in their new order; the other page keeps its order.
        var page = afterStep.Take(50).Reverse().ToList();
        using (var dragged = await editor.PostFieldsAsync($"/backoffice/content?open={folder.Id}&handler=sort&page=1", page.Select(id => KeyValuePair.Create("order", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, dragged.StatusCode);
        }

        Assert.Equal([.. page, .. afterStep.Skip(50)], (await queries.ChildrenAsync(folder.Id)).Select(c => c.Id).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MoveCopyDeleteAndRestore_DoWhatTheySay(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var home = (await queries.GetByKeyAsync(Home))!;
        var events = (await queries.GetByKeyAsync(EventsFolder))!;
        var newFolder = await ContentPages.CreateAsync(editor, home.Id, "eventsFolder", "fr", "Archives des événements");
        var eventId = (await queries.ChildrenAsync(events.Id))[0].Id;

        // Move: the page offers the new folder, not the current one.
        var movePage = await editor.GetStringAsync($"/backoffice/content/{eventId}/move");
        Assert.Contains($"value=\"{newFolder}\"", movePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{events.Id}\"", movePage, StringComparison.Ordinal);
        using (var moved = await editor.PostFormAsync($"/backoffice/content/{eventId}/move", new() { ["newParentId"] = newFolder.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.Equal(newFolder, (await queries.GetAsync(eventId))!.ParentId);

        // Copy with descendants: a new unpublished folder holding a copy of the event.
        using (var copied = await editor.PostFormAsync($"/backoffice/content/{newFolder}/copy", new() { ["parentId"] = home.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["withDescendants"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
            var copyId = int.Parse(copied.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
            var copy = (await queries.GetAsync(copyId))!;
            Assert.Equal("Archives des événements", copy.Draft.Names["fr"]);
            Assert.Null(copy.Published);
            var copiedChildren = await queries.ChildrenAsync(copyId);
            var original = (await queries.GetAsync(eventId))!;
            Assert.Single(copiedChildren);
            Assert.Equal(original.Draft.Names["fr"], copiedChildren[0].Draft.Names["fr"]);
            Assert.Null(copiedChildren[0].Published);
            Assert.NotEqual(original.Id, copiedChildren[0].Id);
        }

        // Delete: to the recycle bin, off the public site; restore: back where it was, unpublished.
        var segment = (await queries.GetAsync(eventId))!.Published!.Segments["fr"];
        using (var deleted = await editor.PostFormAsync($"/backoffice/content/{eventId}/delete", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.True((await queries.GetAsync(eventId))!.Trashed);
        var bin = WebUtility.HtmlDecode(await editor.GetStringAsync("/backoffice/recycle-bin"));
        Assert.Contains($"id=\"item-{eventId}\"", bin, StringComparison.Ordinal);
        using (var restored = await editor.PostFormAsync("/backoffice/recycle-bin?handler=restore", new() { ["id"] = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var back = (await queries.GetAsync(eventId))!;
        Assert.False(back.Trashed);
        Assert.Equal(newFolder, back.ParentId);
        Assert.Null(back.Published);
        Assert.NotEqual("", segment);
    }

    [Fact]
    public async Task EmptyingTheBin_NeedsTheConfirmation_AndAnEditorsRole()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var networkManager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var events = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var eventId = (await server.Get<ContentQueries>().ChildrenAsync(events.Id))[0].Id;
        Assert.True((await server.Get<RecycleBinService>().TrashAsync(eventId, "test")).Succeeded);

        using (var refused = await networkManager.PostFormAsync("/backoffice/recycle-bin?handler=empty", new() { ["confirm"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var unconfirmed = await editor.PostFormAsync("/backoffice/recycle-bin?handler=empty", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, unconfirmed.StatusCode);
        }

        Assert.NotNull(await server.Get<ContentQueries>().GetAsync(eventId));
        using (var emptied = await editor.PostFormAsync("/backoffice/recycle-bin?handler=empty", new() { ["confirm"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        }

        Assert.Null(await server.Get<ContentQueries>().GetAsync(eventId));
        Assert.Contains("La corbeille est vide.", WebUtility.HtmlDecode(await editor.GetStringAsync("/backoffice/recycle-bin")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANetworkManager_EditsTheDirectory_ButNotAnEvent()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var events = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var eventId = (await server.Get<ContentQueries>().ChildrenAsync(events.Id))[0].Id;

        var form = await ContentPages.FormAsync(manager, eventId, "fr");
        Assert.Null(form.Get("v.summary.fr")); // read-only
        using var refused = await manager.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=fr",
            form.Add("name.fr", "Changé").Fields);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
