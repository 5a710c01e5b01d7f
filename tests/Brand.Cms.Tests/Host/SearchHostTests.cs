using System.Diagnostics;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Host;

/// <summary>The running site keeps its indexes on the journal by itself, and the reindex command works beside it.</summary>
public sealed class SearchHostTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private SiteServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = new SiteServer(_database);
        await WaitUntilAsync(() => _site.Get<SearchIndexes>().All.All(i => i.Index.IsOpen), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _database.DisposeAsync();
    }

    private bool Finds(string text) =>
        _site.Get<SearchService>().Search(new SearchRequest { Culture = "fr", Text = text }).Total > 0;

    private static async Task<TimeSpan> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"not within {limit.TotalSeconds} s");
            await Task.Delay(10);
        }

        return clock.Elapsed;
    }

    [Fact]
    public async Task Publish_IsSearchableWithinASecond_AndUnpublish_DisappearsAsFast()
    {
        var newsFolder = _site.Get<Core.PublishedCache.PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Id;
        var article = Ok(await _site.Get<ContentEditor>().CreateAsync(
            new NewContent("newsArticle", newsFolder, Docs.Article("Les mandats de prélèvement en ligne", "Online direct debit mandates"), "alice")));
        Assert.False(Finds("mandats prélèvement"));

        Ok(await _site.Get<PublishingService>().PublishAsync(article.Id, null, "alice"));
        await WaitUntilAsync(() => Finds("mandats prélèvement"), TimeSpan.FromSeconds(1));

        Ok(await _site.Get<PublishingService>().UnpublishAsync(article.Id, null, "alice"));
        await WaitUntilAsync(() => !Finds("mandats prélèvement"), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task DirectoryPages_AreCachedForTheirOwnParameters_NotForUnknownOnes()
    {
        async Task<bool> SecondFromCacheAsync(string url)
        {
            (await _site.Http.GetAsync(url)).EnsureSuccessStatusCode();
            var second = await _site.Http.GetAsync(url);
            // The output cache adds Age to what it serves; a rendered answer has none.
            return second.Headers.Age is not null;
        }

        Assert.True(await SecondFromCacheAsync("/fr/annuaire?specialty=website&region=53"));
        Assert.False(await SecondFromCacheAsync("/fr/annuaire?specialty=website&utm_source=lettre"));
        Assert.True(await SecondFromCacheAsync("/fr/recherche?q=numerique"));
        Assert.False(await SecondFromCacheAsync("/fr/recherche?q=numerique&n=1"));
    }

    [Fact]
    public async Task ReindexCommand_ShowsProgress_AndTheRunningSiteSwitchesToTheNewIndex()
    {
        var external = _site.Get<SearchIndexes>().External;
        var before = external.Index.Generation;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Brand.Cms.dll"), "reindex"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["Brand__ConfigPath"] = TestConfig.Real,
                ["Brand__DataPath"] = _site.DataPath,
                ["Database__Provider"] = _database.Provider.ToString(),
                ["ConnectionStrings__Brand"] = _database.ConnectionString,
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var exited = process.WaitForExitAsync(timeout.Token);
        // Readers never stop: the site answers from its generation while the command writes the next one.
        var searches = 0;
        while (!exited.IsCompleted)
        {
            Assert.True(Finds("numérique"));
            searches++;
            await Task.Delay(20);
        }

        await exited;
        Assert.True(searches > 0);

        var output = await stdout;
        Assert.True(process.ExitCode == 0, output + await stderr);
        Assert.Matches(@"external: [\d,]+ / [\d,]+ documents \(100 %\), [\d,]+/s, done in", output);
        Assert.Matches(@"internal: [\d,]+ / [\d,]+ documents \(100 %\)", output);
        await WaitUntilAsync(() => external.Index.Generation != before, TimeSpan.FromSeconds(10));
        Assert.True(Finds("numérique"));
    }
}
