using Brand.Cms.Core.Content;
using Brand.Cms.Core.Search.Querying;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Search;

/// <summary>
/// The indexes follow the change journal: what is published is found, what is unpublished or deleted is
/// not, a restart reuses the index on disk, a damaged one is rebuilt. Run once per database provider.
/// </summary>
public abstract class IndexFollowingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Engine _engine = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _engine = await Engine.StartAsync(_database);
        foreach (var index in _engine.Indexes.All)
        {
            await index.OpenAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    private List<string> Find(string text, string culture = "fr", Engine? engine = null) =>
        (engine ?? _engine).Search.Search(new SearchRequest { Culture = culture, Text = text }).Hits.Select(h => h.Name).ToList();

    private List<string> FindDrafts(string text, Engine? engine = null)
    {
        var e = engine ?? _engine;
        return e.Search.Search(e.Indexes.Internal, new SearchRequest { Culture = "fr", Text = text }).Hits.Select(h => h.Name).ToList();
    }

    private async Task CatchUpAsync(Engine? engine = null)
    {
        foreach (var index in (engine ?? _engine).Indexes.All)
        {
            await index.CatchUpAsync();
        }
    }

    [Fact]
    public async Task Publish_IsFound_Unpublish_IsGone()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Les vitrines numériques", "Digital shopfronts"), "alice")));
        await CatchUpAsync();
        Assert.Empty(Find("vitrines"));

        Ok(await _engine.Publishing.PublishAsync(article.Id, null, "alice"));
        await CatchUpAsync();
        Assert.Equal(["Les vitrines numériques"], Find("vitrine numerique"));
        Assert.Equal(["Digital shopfronts"], Find("shopfront", "en"));

        Ok(await _engine.Publishing.UnpublishAsync(article.Id, ["fr"], "alice"));
        await CatchUpAsync();
        Assert.Empty(Find("vitrines"));
        Assert.Equal(["Digital shopfronts"], Find("shopfront", "en"));
    }

    [Fact]
    public async Task Trash_RemovesTheSubtree_AndUnpublishingAFolderHidesItsChildren()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Le commerce connecté", "Connected retail"), "alice")));
        Ok(await _engine.Publishing.PublishAsync(article.Id, null, "alice"));
        await CatchUpAsync();
        Assert.Single(Find("commerce connecté"));

        Ok(await _engine.Publishing.UnpublishAsync(site.News, null, "alice"));
        await CatchUpAsync();
        Assert.Empty(Find("commerce connecté"));

        Ok(await _engine.Publishing.PublishAsync(site.News, null, "alice"));
        await CatchUpAsync();
        Assert.Single(Find("commerce connecté"));

        Ok(await _engine.RecycleBin.TrashAsync(site.News, "alice"));
        await CatchUpAsync();
        Assert.Empty(Find("commerce connecté"));
        Assert.Empty(FindDrafts("commerce connecté"));
    }

    [Fact]
    public async Task Drafts_AreInTheInternalIndexOnly()
    {
        var site = await CreateAsync(_engine);
        var article = Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Brouillon sur la facturation", "Invoicing draft"), "alice")));
        await CatchUpAsync();

        Assert.Equal(["Brouillon sur la facturation"], FindDrafts("facturation"));
        Assert.Empty(Find("facturation"));

        Ok(await _engine.Editor.SaveAsync(article.Id, article.Version, Docs.Article("Brouillon sur la facture électronique", "E-invoicing draft"), "bob"));
        await CatchUpAsync();
        Assert.Equal(["Brouillon sur la facture électronique"], FindDrafts("electronique"));
        Assert.Empty(FindDrafts("facturation"));
    }

    [Fact]
    public async Task Restart_ReusesTheIndexOnDisk_AndCatchesUpFromItsPosition()
    {
        var site = await CreateAsync(_engine);
        Ok(await _engine.Publishing.PublishAsync(
            Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Avant l'arrêt", "Before the stop"), "alice"))).Id, null, "alice"));
        await CatchUpAsync();
        var position = _engine.Indexes.External.Index.Position;
        var dataPath = _engine.DataPath;
        await _engine.DisposeAsync();

        // Written while "the server was down": the restarted index must pick it up from the journal.
        await using (var writer = await Engine.StartAsync(_database))
        {
            Ok(await writer.Publishing.PublishAsync(
                Ok(await writer.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Pendant l'arrêt", "During the stop"), "alice"))).Id, null, "alice"));
        }

        _engine = await Engine.StartAsync(_database, dataPath: dataPath);
        await _engine.Indexes.External.OpenAsync();

        Assert.Null(_engine.Indexes.External.RebuiltBecause);
        Assert.Equal(position, _engine.Indexes.External.Index.Position);
        Assert.Single(Find("avant arrêt"));
        await CatchUpAsync();
        Assert.Single(Find("pendant arrêt"));
    }

    [Fact]
    public async Task CorruptFiles_AreDetectedAtOpen_AndTheIndexIsRebuilt()
    {
        var site = await CreateAsync(_engine);
        Ok(await _engine.Publishing.PublishAsync(
            Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("Le label des connecteurs", "The connector label"), "alice"))).Id, null, "alice"));
        await CatchUpAsync();
        var dataPath = _engine.DataPath;
        await _engine.DisposeAsync();

        var folder = Path.Combine(dataPath, "indexes", "external");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("current", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            // Flip bytes in the middle: sizes stay plausible, checksums do not.
            for (var i = bytes.Length / 3; i < Math.Min(bytes.Length, bytes.Length / 3 + 16); i++)
            {
                bytes[i] ^= 0x5A;
            }

            File.WriteAllBytes(file, bytes);
        }

        _engine = await Engine.StartAsync(_database, dataPath: dataPath);
        await _engine.Indexes.External.OpenAsync();

        Assert.NotNull(_engine.Indexes.External.RebuiltBecause);
        Assert.Single(Find("label connecteur"));
    }

    [Fact]
    public async Task MissingIndex_IsRebuilt_WithTheReasonRecorded()
    {
        var dataPath = _engine.DataPath;
        await _engine.DisposeAsync();
        Directory.Delete(Path.Combine(dataPath, "indexes"), recursive: true);

        _engine = await Engine.StartAsync(_database, dataPath: dataPath);
        await _engine.Indexes.External.OpenAsync();

        Assert.Equal("no index on disk", _engine.Indexes.External.RebuiltBecause);
    }

    [Fact]
    public async Task Rebuild_KeepsReadersOnTheOldGeneration_UntilTheSwap()
    {
        var site = await CreateAsync(_engine);
        Ok(await _engine.Publishing.PublishAsync(
            Ok(await _engine.Editor.CreateAsync(new NewContent("newsArticle", site.News, Docs.Article("La place de marché", "The marketplace"), "alice"))).Id, null, "alice"));
        await CatchUpAsync();
        var before = _engine.Indexes.External.Index.Generation;

        var english = new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("culture", "en"));
        using (var lease = _engine.Indexes.External.Index.Acquire())
        {
            var count = lease.Searcher.Search(english, 10).TotalHits;
            await _engine.Indexes.External.RebuildAsync();
            // The searcher taken before the swap still reads its generation, whose folder is already gone.
            Assert.Equal(3, count);
            Assert.Equal(count, lease.Searcher.Search(english, 10).TotalHits);
        }

        Assert.NotEqual(before, _engine.Indexes.External.Index.Generation);
        Assert.Single(Find("marché"));
        Assert.False(Directory.Exists(Path.Combine(_engine.DataPath, "indexes", "external", before!)));
    }
}

public sealed class SqliteIndexFollowingTests() : IndexFollowingTests(DatabaseProvider.Sqlite);

public sealed class PostgresIndexFollowingTests() : IndexFollowingTests(DatabaseProvider.Postgres);
