using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Backoffice.Content;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// The SQLite flavour of "the database cannot be written": another process (a stuck tool, a manual
/// sqlite3 session) holds the file's write lock. Pages and reads go on (WAL), a save waits the busy timeout
/// and then fails with the clear message, the form keeping what was typed; released, the same save passes.
/// </summary>
public sealed class SqliteLockedTests
{
    [Fact]
    public async Task Save_WhileAnotherProcessHoldsTheWriteLock_FailsClearly_KeepsTheForm_ThenPassesOnceReleased()
    {
        await using var database = new SqliteTestDatabase();
        var connectionString = database.ConnectionString + ";Default Timeout=2";
        await using var site = new SiteServer(database, settings: new Dictionary<string, string?> { ["ConnectionStrings:Brand"] = connectionString });
        using var editor = await BackofficeSession.SignInAsync(site, Roles.Editor);
        var article = site.Get<PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Children.First();
        var form = (await ContentPages.FormAsync(editor, article.Id, "fr")).Set("name.fr", "Titre tapé pendant le verrou");

        await using (var holder = new SqliteConnection(connectionString))
        {
            await holder.OpenAsync();
            await using var hold = holder.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock, held
            using var write = holder.CreateCommand();
            write.CommandText = "CREATE TABLE lock_holder (id INTEGER)";
            await write.ExecuteNonQueryAsync();

            Assert.Contains(article.Name, await DatabaseUnreachableTests.PageAsync(site, article.Url!), StringComparison.Ordinal);
            using var refused = await editor.PostFieldsAsync($"/backoffice/content/{article.Id}?handler=save&culture=fr", form.Fields);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains(DatabaseUnavailable.Message, html, StringComparison.Ordinal);
            Assert.Contains("Titre tapé pendant le verrou", html, StringComparison.Ordinal);
            Assert.NotEqual("Titre tapé pendant le verrou", (await site.Get<ContentQueries>().GetAsync(article.Id))!.Draft.Names["fr"]);
            await hold.RollbackAsync();
        }

        using var saved = await editor.PostFieldsAsync($"/backoffice/content/{article.Id}?handler=save&culture=fr", form.Fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Titre tapé pendant le verrou", (await site.Get<ContentQueries>().GetAsync(article.Id))!.Draft.Names["fr"]);
    }
}
