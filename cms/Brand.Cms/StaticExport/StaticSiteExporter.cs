using System.Diagnostics;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Microsoft.Extensions.Options;

namespace Brand.Cms.StaticExport;

/// <summary>
/// Writes the public site, as the running app serves it at <c>site</c>, into a folder any static host can
/// serve: every published page of every culture, the directory by region, paginated lists, feeds, sitemap,
/// robots.txt, 404.html, media and the web root's assets, with relative links (<see cref="MirrorPaths"/>).
/// </summary>
public sealed class StaticSiteExporter(
    PublishedContentCache cache,
    SearchIndexes indexes,
    CultureSet cultures,
    IWebHostEnvironment environment,
    IOptions<StaticExportOptions> options,
    IConfiguration configuration,
    TimeProvider clock)
{
    /// <summary>The directory's document type: its ?region= pages are mirrored.</summary>
    private const string DirectoryType = "actorsFolder";

    /// <summary>The address the mirror's absolute URLs name, and whether it was configured.</summary>
    public (Uri Url, bool Configured) PublicBaseUrl()
    {
        var configured = new[] { options.Value.PublicBaseUrl, configuration["Network:PublicBaseUrl"], configuration["Backoffice:PublicBaseUrl"] }
            .FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme is "http" or "https");
        return configured is null ? (new Uri("http://localhost:5000/"), false) : (new Uri(configured.TrimEnd('/') + "/"), true);
    }

    /// <param name="site">Where the app answers (a loopback port).</param>
    /// <param name="folder">The mirror's folder: created, or replaced when it holds a previous mirror.</param>
    /// <param name="status">Sentences for the console (waiting for the index, copying assets).</param>
    /// <param name="progress">Pages done out of pages found, every half second.</param>
    public async Task<StaticExportResult> ExportAsync(Uri site, string folder, Action<string>? status = null,
        IProgress<StaticExportProgress>? progress = null, CancellationToken ct = default)
    {
        var clockStarted = Stopwatch.StartNew();
        var (mirror, refusal) = MirrorFolder.Prepare(folder);
        if (mirror is null)
        {
            return StaticExportResult.Refused(StaticExportStatus.FolderRefused, folder, refusal!);
        }

        using var held = mirror;

        if (!await WaitForIndexAsync(status, ct))
        {
            await mirror.AbandonAsync();
            return StaticExportResult.Refused(StaticExportStatus.IndexNotReady, mirror.Target,
                $"The search index did not open within {options.Value.IndexWaitTimeout}. Another process on the same data folder holds it? "
                + "Run the export with its own --Brand:DataPath (and --Brand:SharedPath and the connection string of the site).");
        }

        status?.Invoke("Copying the web root's assets…");
        var (assets, assetFiles, assetBytes) = await WebRootAssets.CopyAsync(environment.WebRootFileProvider, mirror.Building, ct);
        var snapshot = cache.Current;
        var paths = new MirrorPaths(assets, path => snapshot.GetByRoute(path) is { ContentType: DirectoryType });
        var (publicBase, _) = PublicBaseUrl();
        using var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = options.Value.Concurrency,
        })
        { BaseAddress = site, Timeout = options.Value.RequestTimeout };
        var crawl = new MirrorCrawl(http, publicBase, paths, new MirrorNotices(clock.GetUtcNow()), mirror.Building);
        Seed(crawl, snapshot);
        await crawl.NotFoundPageAsync($"/{cultures.Default.Code}/page-absente-de-la-copie-{Guid.NewGuid():N}", ct);

        status?.Invoke($"Rendering the pages through {site} ({options.Value.Concurrency} at a time)…");
        var crawling = clockStarted.Elapsed;
        var running = crawl.RunAsync(options.Value.Concurrency, ct);
        while (await Task.WhenAny(running, Task.Delay(500, ct)) != running)
        {
            progress?.Report(new StaticExportProgress(crawl.Done, crawl.Found, clockStarted.Elapsed - crawling));
        }

        await running;
        var rendering = clockStarted.Elapsed - crawling;
        progress?.Report(new StaticExportProgress(crawl.Done, crawl.Found, rendering));
        var failed = crawl.Failed;
        string? message = null;
        if (failed.Count == 0 || !Directory.Exists(mirror.Target))
        {
            await mirror.CommitAsync();
        }
        else
        {
            // A half-failed export (the database going down meanwhile) must not replace a whole previous mirror.
            await mirror.SettleAsync();
            message = $"The previous mirror in {mirror.Target} was kept; this incomplete one is in {mirror.Building}.";
        }

        return new StaticExportResult(failed.Count == 0 ? StaticExportStatus.Completed : StaticExportStatus.PagesFailed, mirror.Target,
            crawl.Pages, crawl.FilesWritten + assetFiles, crawl.Bytes + assetBytes, clockStarted.Elapsed, rendering, failed, crawl.BrokenLinks, message);
    }

    /// <summary>Every published page of every culture, and the files no page links to.</summary>
    private void Seed(MirrorCrawl crawl, PublishedSnapshot snapshot)
    {
        crawl.Add("/");
        crawl.Add("/robots.txt");
        crawl.Add("/sitemap.xml");
        foreach (var culture in cultures.Codes)
        {
            var lang = culture == cultures.Default.Code ? "" : "?lang=" + culture;
            crawl.Add("/feeds/news.xml" + lang);
            crawl.Add("/feeds/events.ics" + lang);
            if (snapshot.SiteRoot(culture) is not { } home)
            {
                continue;
            }

            foreach (var page in home.Descendants.Prepend(home))
            {
                if (page is { Type.HasTemplate: true, Url: { } url })
                {
                    crawl.Add(url);
                }
            }
        }
    }

    /// <summary>
    /// The directory's pages come from the search index, which opens (or is built) in the background after
    /// start-up: rendered before it has caught up with the published cache, they would say "being prepared".
    /// </summary>
    private async Task<bool> WaitForIndexAsync(Action<string>? status, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + options.Value.IndexWaitTimeout;
        var said = DateTimeOffset.MinValue;
        while (true)
        {
            var index = indexes.External.Status;
            if (cache.IsReady && index.Open && index.Position >= cache.Current.Position)
            {
                return true;
            }

            if (clock.GetUtcNow() > deadline)
            {
                return false;
            }

            if (clock.GetUtcNow() - said > TimeSpan.FromSeconds(3))
            {
                status?.Invoke(index.Rebuilding is { } p ? $"Waiting for the search index: {Commands.ReindexCommand.Describe(p)}" : "Waiting for the search index…");
                said = clock.GetUtcNow();
            }

            await Task.Delay(200, ct);
        }
    }
}
