using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Content;

/// <summary>Variants, publishing rules, validation and concurrency, run once per database provider.</summary>
public abstract class ContentEngineTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    protected Engine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        Engine = await Engine.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Publish_OneCulture_OnlyThatCultureIsPublic()
    {
        var site = await CreateAsync(Engine);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Le rapport", "The report"), "alice")));

        Ok(await Engine.Publishing.PublishAsync(article.Id, ["fr"], "alice"));

        Assert.Equal("Le rapport", Engine.Published.GetByRoute("/fr/actualites/le-rapport")?.Name);
        Assert.Null(Engine.Published.GetByRoute("/en/news/the-report"));
        Assert.Null(Engine.Published.GetById(article.Id, "en"));
    }

    [Fact]
    public async Task Publish_InvariantValue_IsSharedByEveryPublishedCulture()
    {
        var site = await CreateAsync(Engine);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Le rapport", "The report"), "alice")));
        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));

        var draft = Docs.Article("Le rapport", "The report").With("publishedOn", "", "2017-03-08");
        Ok(await Engine.Editor.SaveAsync(article.Id, article.Version, draft, "bob"));
        Ok(await Engine.Publishing.PublishAsync(article.Id, ["fr"], "bob"));

        Assert.Equal(new DateOnly(2017, 3, 8), Engine.Published.GetById(article.Id, "en")!.Value<DateOnly>("publishedOn"));
        Assert.Equal("Summary of The report", Engine.Published.GetById(article.Id, "en")!.Value<string>("summary"));
    }

    [Fact]
    public async Task Publish_ChildOfUnpublishedParent_IsNotPublicUntilTheParentIs()
    {
        var site = await CreateAsync(Engine, publish: false);
        Ok(await Engine.Publishing.PublishAsync(site.Home, null, "alice"));
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Un article", "An article"), "alice")));

        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));
        Assert.Null(Engine.Published.GetById(article.Id, "fr"));

        Ok(await Engine.Publishing.PublishAsync(site.News, null, "alice"));
        Assert.Equal("/fr/actualites/un-article", Engine.Published.GetById(article.Id, "fr")?.Url);
    }

    [Fact]
    public async Task Publish_Parent_LeavesChildrenAloneUnlessAsked()
    {
        var site = await CreateAsync(Engine, publish: false);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Un article", "An article"), "alice")));

        Ok(await Engine.Publishing.PublishAsync(site.Home, null, "alice"));
        Assert.Null(Engine.Published.GetById(site.News, "fr"));

        var report = Ok(await Engine.Publishing.PublishAsync(site.Home, null, "alice", includeDescendants: true));
        Assert.Contains(article.Id, report.Published);
        Assert.NotNull(Engine.Published.GetByRoute("/en/news/an-article"));
    }

    [Fact]
    public async Task Unpublish_OneCulture_RemovesOnlyThatCultureAndItsSubtree()
    {
        var site = await CreateAsync(Engine);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Un article", "An article"), "alice")));
        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));

        Ok(await Engine.Publishing.UnpublishAsync(site.News, ["en"], "alice"));

        Assert.Null(Engine.Published.GetByRoute("/en/news/an-article"));
        Assert.NotNull(Engine.Published.GetByRoute("/fr/actualites/un-article"));
    }

    [Fact]
    public async Task Publish_RequiredValueMissing_FailsNamingPropertyAndCulture()
    {
        var site = await CreateAsync(Engine);
        var incomplete = Docs.Named("Brouillon", "Draft").With("summary", "fr", "Résumé seulement en français");
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, incomplete, "alice")));

        var result = await Engine.Publishing.PublishAsync(article.Id, ["fr", "en"], "alice");

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e is { Property: "summary", Culture: "en", Code: "required" });
        Assert.Contains(result.Errors, e => e is { Property: "body", Culture: "fr", Code: "required" });
        Assert.Contains(result.Errors, e => e is { Property: "publishedOn", Culture: null, Code: "required" });
        Assert.DoesNotContain(result.Errors, e => e is { Property: "summary", Culture: "fr" });
        Assert.Null(Engine.Published.GetById(article.Id, "fr"));
    }

    [Fact]
    public async Task Save_InvalidValues_NamesEveryFailingPropertyAndWritesNothing()
    {
        var site = await CreateAsync(Engine);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Article", "Article"), "alice")));
        var bad = Docs.Article("Article", "Article")
            .With("publishedOn", "", "08/03/2017")
            .With("theme", "", "not-an-option")
            .With("summary", "en", new string('x', 401))
            .With("nonexistent", "", "value");

        var result = await Engine.Editor.SaveAsync(article.Id, article.Version, bad, "alice");

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(["nonexistent", "publishedOn", "summary", "theme"], result.Errors.Select(e => e.Property).Order().ToArray());
        Assert.Equal(article.Version, (await Engine.Queries.GetAsync(article.Id))!.Version);
    }

    [Fact]
    public async Task Save_RichText_IsSanitizedBeforeStorage()
    {
        var site = await CreateAsync(Engine);
        var draft = Docs.Article("Article", "Article").With("body", "fr", "<p onclick=\"steal()\">Bonjour<script>alert(1)</script></p>");

        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, draft, "alice")));

        Assert.Equal("<p>Bonjour</p>", article.Draft.Get("body", "fr")!.GetValue<string>());
    }

    [Fact]
    public async Task Save_OnAStaleVersion_IsAConflictNamingWhoSavedAndKeepsTheirValues()
    {
        var site = await CreateAsync(Engine);
        var loaded = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Article", "Article"), "alice")));
        Ok(await Engine.Editor.SaveAsync(loaded.Id, loaded.Version, Docs.Article("Version de Bob", "Bob's version"), "bob"));

        var result = await Engine.Editor.SaveAsync(loaded.Id, loaded.Version, Docs.Article("Version d'Alice", "Alice's version"), "alice");

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.Contains("bob", result.Message, StringComparison.Ordinal);
        Assert.Equal("Version de Bob", (await Engine.Queries.GetAsync(loaded.Id))!.Draft.Names["fr"]);
    }

    [Fact]
    public async Task Create_SameNameTwice_GetsUniqueSegmentsAndAnExplicitClashIsRefused()
    {
        var site = await CreateAsync(Engine);
        var first = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Événement à venir", "Coming up"), "alice")));
        var second = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Événement à venir", "Coming up"), "alice")));

        Assert.Equal("evenement-a-venir", first.Draft.Segments["fr"]);
        Assert.Equal("evenement-a-venir-2", second.Draft.Segments["fr"]);

        var clash = Docs.Article("Autre", "Other");
        clash.Segments["fr"] = "evenement-a-venir";
        var refused = await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, clash, "alice"));
        Assert.Contains(refused.Errors, e => e is { Property: "urlSegment", Culture: "fr", Code: "taken" });
    }

    [Fact]
    public async Task Create_ConcurrentlyWithTheSameName_EveryItemGetsItsOwnSegment()
    {
        var site = await CreateAsync(Engine);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Même titre", "Same title"), "alice"))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.Equal(6, results.Select(r => r.Value!.Draft.Segments["fr"]).Distinct().Count());
    }

    [Fact]
    public async Task Create_TypeNotAllowedUnderParent_IsRefused()
    {
        var site = await CreateAsync(Engine);

        var result = await Engine.Editor.CreateAsync(new NewContent("event", site.News, Docs.Named("Salon"), "alice"));

        Assert.Equal(OperationStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task Move_ChangesTheUrlOfTheWholeSubtree()
    {
        var site = await CreateAsync(Engine);
        var archive = Ok(await Engine.Editor.CreateAsync(new NewContent("newsFolder", site.Home, Docs.NewsFolder("Archives", "Archive"), "alice")));
        Ok(await Engine.Publishing.PublishAsync(archive.Id, null, "alice"));
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Ancien", "Old"), "alice")));
        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));

        Ok(await Engine.Tree.MoveAsync(article.Id, archive.Id, "alice"));

        Assert.Null(Engine.Published.GetByRoute("/fr/actualites/ancien"));
        Assert.Equal(article.Id, Engine.Published.GetByRoute("/fr/archives/ancien")?.Id);
    }

    [Fact]
    public async Task RenamedFolder_RecordsRedirectsFromTheOldUrlsOfItsSubtree_ThatARestartKeeps()
    {
        var site = await CreateAsync(Engine);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Ancien", "Old"), "alice")));
        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));
        var folder = (await Engine.Queries.GetAsync(site.News))!;
        var renamed = folder.Draft.Clone();
        renamed.Segments["fr"] = "nouvelles";
        renamed.Segments["en"] = "updates";

        Ok(await Engine.Editor.SaveAsync(folder.Id, folder.Version, renamed, "alice"));
        Ok(await Engine.Publishing.PublishAsync(folder.Id, null, "alice"));

        Assert.Equal("/fr/nouvelles/ancien", Engine.Published.RedirectFor("/fr/actualites/ancien"));
        Assert.Equal("/en/updates", Engine.Published.RedirectFor("/en/news"));
        Assert.Null(Engine.Published.RedirectFor("/fr/nouvelles"));
        await using var restarted = await Engine.StartAsync(_database);
        Assert.Equal("/en/updates/old", restarted.Published.RedirectFor("/en/news/old"));
    }

    [Fact]
    public async Task Publish_AppendsToTheJournal_AndAnotherProcessCatchesUp()
    {
        var site = await CreateAsync(Engine);
        await using var otherNode = await Engine.StartAsync(_database);
        var article = Ok(await Engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Partagé", "Shared"), "alice")));
        var before = otherNode.Published.Position;

        Ok(await Engine.Publishing.PublishAsync(article.Id, null, "alice"));
        Assert.Null(otherNode.Published.GetByRoute("/fr/actualites/partage"));

        Assert.Equal(1, await otherNode.Cache.CatchUpAsync());
        Assert.True(otherNode.Published.Position > before);
        Assert.Equal("Partagé", otherNode.Published.GetByRoute("/fr/actualites/partage")?.Name);
    }
}

public sealed class SqliteContentEngineTests() : ContentEngineTests(DatabaseProvider.Sqlite);

public sealed class PostgresContentEngineTests() : ContentEngineTests(DatabaseProvider.Postgres);
