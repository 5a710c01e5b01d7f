using Brand.Cms.Core.Content;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Content;

/// <summary>Versions and rollback, the recycle bin, and scheduled publishing, on both providers.</summary>
public abstract class HistoryAndBinTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Engine _engine = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _engine = await Engine.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Versions_EverySaveIsKept_ComparedAndRolledBackAsANewVersion()
    {
        var site = await CreateAsync(_engine);
        var v1 = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Premier titre", "First title"), "alice")));
        var v2 = Ok(await _engine.Editor.SaveAsync(v1.Id, v1.Version, Docs.Article("Second titre", "First title"), "bob"));

        var history = await _engine.Versions.ListAsync(v1.Id);
        Assert.Equal([2, 1], history.Select(h => h.Number));
        Assert.Equal(["bob", "alice"], history.Select(h => h.CreatedBy));

        var changes = Ok(await _engine.Versions.CompareAsync(v1.Id, 1, 2));
        Assert.Contains(changes, c => c is { Field: "name", Culture: "fr", Before: "Premier titre", After: "Second titre" });
        Assert.Contains(changes, c => c is { Field: "summary", Culture: "fr" });
        Assert.DoesNotContain(changes, c => c.Culture == "en" && c.Field == "name");

        var v3 = Ok(await _engine.Versions.RollbackAsync(v1.Id, 1, v2.Version, "carol"));
        Assert.Equal(3, v3.Version);
        Assert.Equal("Premier titre", v3.Draft.Names["fr"]);
        Assert.Equal([3, 2, 1], (await _engine.Versions.ListAsync(v1.Id)).Select(h => h.Number));
        Assert.Equal("Second titre", (await _engine.Versions.GetAsync(v1.Id, 2))!.Names["fr"]);
    }

    [Fact]
    public async Task Trash_TakesTheSubtreeOffTheSite_RestoreBringsItBackWithItsChildren()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Un article", "An article"), "alice")));
        Ok(await _engine.Publishing.PublishAsync(article.Id, null, "alice"));

        Assert.Equal(2, Ok(await _engine.RecycleBin.TrashAsync(site.News, "alice")));
        Assert.Null(_engine.Published.GetByRoute("/fr/actualites"));
        Assert.Null(_engine.Published.GetByRoute("/fr/actualites/un-article"));
        Assert.Equal([site.News], (await _engine.RecycleBin.ListAsync()).Select(i => i.Id));
        Assert.DoesNotContain(await _engine.Queries.ChildrenAsync(site.Home), c => c.Id == site.News);

        Ok(await _engine.RecycleBin.RestoreAsync(site.News, "alice"));
        Assert.Contains(await _engine.Queries.ChildrenAsync(site.Home), c => c.Id == site.News);
        Assert.Contains(await _engine.Queries.ChildrenAsync(site.News), c => c.Id == article.Id);
        Ok(await _engine.Publishing.PublishAsync(site.News, null, "alice", includeDescendants: true));
        Assert.NotNull(_engine.Published.GetByRoute("/fr/actualites/un-article"));
    }

    [Fact]
    public async Task EmptyBin_DeletesForGood()
    {
        var site = await CreateAsync(_engine);
        Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Un article", "An article"), "alice")));
        Ok(await _engine.RecycleBin.TrashAsync(site.News, "alice"));

        Assert.Equal(2, Ok(await _engine.RecycleBin.EmptyAsync("alice")));

        Assert.Null(await _engine.Queries.GetAsync(site.News));
        Assert.Empty(await _engine.RecycleBin.ListAsync());
    }

    [Fact]
    public async Task Schedule_PublishesWhenDue_NotBefore()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Annonce", "Announcement"), "alice")));
        var due = _engine.Clock.GetUtcNow().AddHours(2);
        Ok(await _engine.Scheduler.ScheduleAsync(article.Id, "fr", ScheduledActionKind.Publish, due, "alice"));

        _engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _engine.Scheduler.RunDueAsync());
        Assert.Null(_engine.Published.GetById(article.Id, "fr"));

        _engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await _engine.Scheduler.RunDueAsync());
        Assert.NotNull(_engine.Published.GetById(article.Id, "fr"));
        Assert.Null(_engine.Published.GetById(article.Id, "en"));
        Assert.Empty(await _engine.Scheduler.ListAsync(article.Id));
    }

    [Fact]
    public async Task Schedule_MissedWhileTheServerWasDown_RunsOnTheNextStart()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Annonce", "Announcement"), "alice")));
        Ok(await _engine.Publishing.PublishAsync(article.Id, null, "alice"));
        Ok(await _engine.Scheduler.ScheduleAsync(article.Id, "en", ScheduledActionKind.Unpublish, _engine.Clock.GetUtcNow().AddMinutes(30), "alice"));
        await _engine.DisposeAsync();

        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_engine.Clock.GetUtcNow().AddDays(1));
        _engine = await Engine.StartAsync(_database, clock: later);
        Assert.NotNull(_engine.Published.GetById(article.Id, "en"));

        Assert.Equal(1, await _engine.Scheduler.RunDueAsync());
        Assert.Null(_engine.Published.GetById(article.Id, "en"));
        Assert.NotNull(_engine.Published.GetById(article.Id, "fr"));
    }

    [Fact]
    public async Task Schedule_OfAnInvalidDraft_IsKeptWithItsReason()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Named("Incomplet"), "alice")));
        Ok(await _engine.Scheduler.ScheduleAsync(article.Id, "fr", ScheduledActionKind.Publish, _engine.Clock.GetUtcNow(), "alice"));

        await _engine.Scheduler.RunDueAsync();

        var kept = Assert.Single(await _engine.Scheduler.ListAsync(article.Id));
        Assert.Contains("summary", kept.Error, StringComparison.Ordinal);
    }
}

public sealed class SqliteHistoryAndBinTests() : HistoryAndBinTests(DatabaseProvider.Sqlite);

public sealed class PostgresHistoryAndBinTests() : HistoryAndBinTests(DatabaseProvider.Postgres);
