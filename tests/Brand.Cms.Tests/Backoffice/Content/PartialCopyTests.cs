using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>A copy with descendants that fails half-way leaves no half copy in the tree: it goes to the recycle bin.</summary>
public sealed class PartialCopyTests
{
    [Fact]
    public async Task ACopyFailingOnADescendant_PutsThePartialCopyInTheBin_AndSaysSo()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var home = (await queries.AllAsync()).First(i => i.ContentType == "home");
        var folder = await ContentPages.CreateAsync(editor, home.Id, "eventsFolder", "fr", "Archives 2025");
        await ContentPages.CreateAsync(editor, folder, "event", "fr", "Atelier d'archive");

        // A page left in the folder from before its type stopped allowing pages: its copy will be refused.
        var stray = await ContentPages.CreateAsync(editor, home.Id, "standardPage", "fr", "Page égarée");
        await using (var db = await server.Get<IDbContextFactory<BrandDbContext>>().CreateDbContextAsync())
        {
            var parent = await db.Nodes.SingleAsync(n => n.Id == folder);
            await db.Nodes.Where(n => n.Id == stray).ExecuteUpdateAsync(set => set
                .SetProperty(n => n.ParentId, folder)
                .SetProperty(n => n.Path, $"{parent.Path},{stray}")
                .SetProperty(n => n.Level, parent.Level + 1)
                .SetProperty(n => n.SortOrder, 99));
        }

        Assert.Equal(["event", "standardPage"], (await queries.ChildrenAsync(folder)).Select(c => c.ContentType));
        var homeChildren = (await queries.ChildrenAsync(home.Id)).Count;
        using var copied = await editor.PostFormAsync($"/backoffice/content/{folder}/copy",
            new() { ["parentId"] = home.Id.ToString(CultureInfo.InvariantCulture), ["withDescendants"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, copied.StatusCode);
        var html = WebUtility.HtmlDecode(await copied.Content.ReadAsStringAsync());
        var partial = int.Parse(Regex.Match(html, "La copie partielle \\(n° (\\d+)\\) a été mise à la corbeille").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Matches("id=\"withDescendants\"[^>]*checked", html);

        // The partial copy (the folder and its copied event) is in the bin, not in the tree.
        var copy = (await queries.GetAsync(partial))!;
        Assert.True(copy.Trashed);
        Assert.Equal("Archives 2025", copy.Draft.Names["fr"]);
        await using (var db = await server.Get<IDbContextFactory<BrandDbContext>>().CreateDbContextAsync())
        {
            var copiedEvent = await db.Nodes.SingleAsync(n => n.ParentId == partial);
            Assert.True(copiedEvent.Trashed);
        }

        Assert.Equal(homeChildren, (await queries.ChildrenAsync(home.Id)).Count);
        Assert.Contains($"id=\"item-{partial}\"", await editor.GetStringAsync("/backoffice/recycle-bin"), StringComparison.Ordinal);

        await using var audit = await server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContextAsync();
        var entry = await audit.Audit.SingleAsync(a => a.Action == "content.copy" && a.Target == $"content:{folder}");
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains($"partial copy {partial} was moved to the recycle bin", entry.Detail, StringComparison.Ordinal);
    }
}
