using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Review;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.History;

/// <summary>The history page: versions, the side-by-side diff, and rollback as a new draft.</summary>
public sealed class HistoryPageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SiteServer _server = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.Sqlite);
        _server = new SiteServer(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _server.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TheDiff_ShowsTheChangedFieldsWithBeforeAndAfter_RichTextAsReadableText()
    {
        using var editor = await BackofficeSession.SignInAsync(_server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(_server, "Article à comparer");
        await DraftArticles.ChangeAsync(_server, article.Id, d => d.With("summary", "fr", "Un tout nouveau chapeau.")
            .With("body", "fr", "<p>Un <strong>nouveau</strong> texte &amp; plus</p>"));

        var html = await editor.GetStringAsync($"/backoffice/content/{article.Id}/history?from=1&to=2");

        Assert.Contains("Bob &lt;bob@example.fr&gt;", html, StringComparison.Ordinal); // who saved version 2
        var diff = html[html.IndexOf("Différences entre la version 1 et la version 2", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">Chapeau</th>", diff, StringComparison.Ordinal);
        Assert.Contains("Résumé de Article à comparer", diff, StringComparison.Ordinal);
        Assert.Contains("Un tout nouveau chapeau.", diff, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Texte</th>", diff, StringComparison.Ordinal);
        Assert.Contains("Un nouveau texte &amp; plus", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("strong", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">Nom</th>", diff, StringComparison.Ordinal); // unchanged fields are not listed
    }

    [Fact]
    public async Task Rollback_MakesANewDraftWithTheOldValues_AndPublishesNothing()
    {
        using var writer = await BackofficeSession.SignInAsync(_server, Roles.Writer);
        var article = await DraftArticles.CreateAsync(_server, "Article à rétablir");
        var changed = await DraftArticles.ChangeAsync(_server, article.Id, d => d.With("summary", "fr", "Un chapeau raté."));

        using var response = await writer.PostFormAsync($"/backoffice/content/{article.Id}/history?handler=Rollback",
            new() { ["Version"] = "1", ["ExpectedVersion"] = changed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var now = await DraftArticles.GetAsync(_server, article.Id);
        Assert.Equal(3, now.Version);
        Assert.Equal("Résumé de Article à rétablir", now.Draft.Get("summary", "fr")!.GetValue<string>());
        Assert.Null(now.Published);
        var page = await writer.GetStringAsync($"/backoffice/content/{article.Id}/history");
        Assert.Contains("rollback to version 1", page, StringComparison.Ordinal);
        Assert.Contains("La version 1 est rétablie comme nouveau brouillon", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_OnAStaleVersion_IsAConflict_AndChangesNothing()
    {
        using var editor = await BackofficeSession.SignInAsync(_server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(_server, "Article disputé");
        await DraftArticles.ChangeAsync(_server, article.Id, d => d.With("summary", "fr", "Enregistré par Bob entre-temps."));

        using var response = await editor.PostFormAsync($"/backoffice/content/{article.Id}/history?handler=Rollback",
            new() { ["Version"] = "1", ["ExpectedVersion"] = "1" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Rien n'a été rétabli", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, (await DraftArticles.GetAsync(_server, article.Id)).Version);
    }

    [Fact]
    public async Task ATranslatorsHandMadeRollback_Is403()
    {
        using var translator = await BackofficeSession.SignInAsync(_server, Roles.Translator);
        var article = await DraftArticles.CreateAsync(_server, "Article protégé");
        await DraftArticles.ChangeAsync(_server, article.Id, d => d.With("summary", "fr", "Deuxième version."));

        Assert.DoesNotContain("Rétablir la version", await translator.GetStringAsync($"/backoffice/content/{article.Id}/history"), StringComparison.Ordinal);
        using var response = await translator.PostFormAsync($"/backoffice/content/{article.Id}/history?handler=Rollback",
            new() { ["Version"] = "1", ["ExpectedVersion"] = "2" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, (await DraftArticles.GetAsync(_server, article.Id)).Version);
    }
}
