using System.Globalization;
using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>Sorting moves every child of a folder: the user must be allowed to sort each of them, not only the folder.</summary>
public sealed class SortPermissionTests
{
    [Fact]
    public async Task AnEditor_MayNotReorderTheRoot_WhereTheSiteSettingsAre_ButAnAdministratorMay()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        var queries = server.Get<ContentQueries>();
        var before = (await queries.ChildrenAsync(null)).Select(i => i.Id).ToList();
        Assert.Contains((await queries.ChildrenAsync(null)), i => i.ContentType == "siteSettings");
        var step = new Dictionary<string, string> { ["step"] = $"{before[0].ToString(CultureInfo.InvariantCulture)}:down" };

        Assert.DoesNotContain("name=\"step\"", await editor.GetStringAsync("/backoffice/content"), StringComparison.Ordinal);
        using (var refused = await editor.PostFormAsync("/backoffice/content?handler=sort&page=1", step))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(before, (await queries.ChildrenAsync(null)).Select(i => i.Id).ToList());

        Assert.Contains("name=\"step\"", await admin.GetStringAsync("/backoffice/content"), StringComparison.Ordinal);
        using (var sorted = await admin.PostFormAsync("/backoffice/content?handler=sort&page=1", step))
        {
            Assert.Equal(HttpStatusCode.Redirect, sorted.StatusCode);
        }

        Assert.Equal([before[1], before[0], .. before.Skip(2)], (await queries.ChildrenAsync(null)).Select(i => i.Id).ToList());
    }

    [Fact]
    public async Task ANetworkManager_SortsTheDirectory_ButNotAFolderHoldingOtherTypes()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var queries = server.Get<ContentQueries>();
        var all = await queries.AllAsync();
        var directory = all.First(i => i.ContentType == "actorsFolder");
        var home = all.First(i => i.ContentType == "home");
        var actors = (await queries.ChildrenAsync(directory.Id)).Select(i => i.Id).ToList();
        Assert.True(actors.Count > 1, "the seed has fewer than two labelled actors");

        Assert.Contains("name=\"step\"", await manager.GetStringAsync($"/backoffice/content?open={directory.Id}"), StringComparison.Ordinal);
        using (var sorted = await manager.PostFormAsync($"/backoffice/content?open={directory.Id}&handler=sort&page=1", new() { ["step"] = $"{actors[0]}:down" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sorted.StatusCode);
        }

        Assert.Equal([actors[1], actors[0], .. actors.Skip(2)], (await queries.ChildrenAsync(directory.Id)).Select(i => i.Id).ToList());

        // The home page holds the directory and pages of other types: reordering them is not a network manager's job.
        Assert.DoesNotContain("name=\"step\"", await manager.GetStringAsync($"/backoffice/content?open={home.Id}"), StringComparison.Ordinal);
        using var refused = await manager.PostFormAsync($"/backoffice/content?open={home.Id}&handler=sort&page=1", new() { ["step"] = $"{directory.Id}:up" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
