using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Tests.Infrastructure;
using Brand.SiteTheme.ActorDirectory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// One running site (seeded SQLite, real loopback port) and one headless Debian Chromium, shared by every
/// end-to-end class: starting either costs seconds, and the suite runs on two cores. Tests that act (click,
/// download) open their own browser context; tests that only look share one page per culture.
/// </summary>
public sealed class SiteBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Actor = "e2e";

    /// <summary>
    /// Map tiles come from this site path in the tests, answered by the browser context itself with a blank
    /// tile (see <see cref="NewPageAsync"/>): the real tile server is outside, and pages must need nothing from there.
    /// </summary>
    public const string TilePath = "/e2e-tiles/";

    private readonly SqliteTestDatabase _database = new();
    private readonly Dictionary<string, Task<IPage>> _sharedPages = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    public SiteServer Site { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress => Site.Http.BaseAddress!;
    public HttpClient Http => Site.Http;
    public PublishedSnapshot Published => Site.Services.GetRequiredService<PublishedContentCache>().Current;
    public T Get<T>() where T : notnull => Site.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var browserStart = StartBrowserAsync();
        Site = new SiteServer(_database, services: s => s.Configure<MapOptions>(o => o.TileUrl = TilePath + "{z}/{x}/{y}.png"));
        Browser = await browserStart;
    }

    private async Task<IBrowser> StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with the flags this machine needs; only 127.0.0.1 resolves.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run the tests with `bash tests/run-all.sh`, which installs Debian's chromium (or `apt-get install -y chromium`).");
        }

        // Belt and braces: Playwright must never fetch a browser of its own; the machine has no route to one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
                // Only the site under test resolves: a page that pulls anything from elsewhere fails fast and visibly.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh context (desktop width, the culture's Accept-Language) and a page in it. Dispose the context.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(string culture = "fr", int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = culture == "fr" ? "fr-FR" : "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        await context.RouteAsync($"**{TilePath}**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "image/png", BodyBytes = BlankTile }));
        return (context, await context.NewPageAsync());
    }

    /// <summary>
    /// A page kept open for the whole run, one per culture, for tests that only look (axe, screenshots):
    /// a new context costs about half a second on this machine, a navigation in an open page far less.
    /// A navigation starts from a fresh document; the site sets no visitor cookie to carry over.
    /// </summary>
    public Task<IPage> SharedPageAsync(string culture)
    {
        lock (_sharedPages)
        {
            if (!_sharedPages.TryGetValue(culture, out var page) || page.IsFaulted || (page.IsCompletedSuccessfully && page.Result.IsClosed))
            {
                page = NewPageAsync(culture).ContinueWith(t => t.Result.Page, TaskScheduler.Default);
                _sharedPages[culture] = page;
            }

            return page;
        }
    }

    /// <summary>A 1×1 transparent PNG: Leaflet stretches it over the tile.</summary>
    public static byte[] BlankTile { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>The public site root of a culture: the home page.</summary>
    public PublishedContent Home(string culture) =>
        Published.SiteRoot(culture) ?? throw new InvalidOperationException($"No published home page in '{culture}'.");

    /// <summary>The first published page of a document type in a culture, in tree order (a folder's first child).</summary>
    public PublishedContent First(string contentType, string culture) =>
        Home(culture).Descendants.FirstOrDefault(c => c.ContentType == contentType && c.Url is not null)
        ?? throw new InvalidOperationException($"No published '{contentType}' page in '{culture}'.");

    /// <summary>
    /// A published event whose start is still ahead, in tree order. The seed's dates are fixed, so once
    /// the calendar passes them a copy of the first event is published a month ahead: the journey keeps
    /// working whatever the date.
    /// </summary>
    public async Task<PublishedContent> UpcomingEventAsync(string culture = "fr")
    {
        var events = First("eventsFolder", culture);
        var upcoming = events.Children.FirstOrDefault(e => e.Value<DateTimeOffset>("startDate") > DateTimeOffset.UtcNow.AddHours(1));
        if (upcoming is not null)
        {
            return upcoming;
        }

        var start = DateTimeOffset.UtcNow.AddDays(30);
        var id = await CreateEventCopyAsync("a-venir", start);
        return Published.GetById(id, culture)!;
    }

    /// <summary>
    /// Publishes a copy of the first seeded event, in both cultures, under new names and segments
    /// ending with <paramref name="suffix"/>, starting at <paramref name="start"/>. Returns its id.
    /// Tests that change an item work on such a copy so the seeded pages other tests visit stay put.
    /// </summary>
    public async Task<int> CreateEventCopyAsync(string suffix, DateTimeOffset? start = null)
    {
        var folder = First("eventsFolder", "fr");
        var source = await Get<ContentQueries>().GetAsync(folder.Children.First().Id)
            ?? throw new InvalidOperationException("The first event vanished from the database.");
        var data = source.Draft.Clone();
        foreach (var culture in data.Names.Keys.ToList())
        {
            data.Names[culture] = $"{data.Names[culture]} ({suffix})";
            data.Segments[culture] = $"{data.Segments[culture]}-{suffix}";
        }

        if (start is { } s)
        {
            data.Set("startDate", DocumentData.Invariant, s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            data.Set("endDate", DocumentData.Invariant, s.AddHours(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        var created = SiteTree.Ok(await Get<ContentEditor>().CreateAsync(new NewContent("event", folder.Id, data, Actor)));
        SiteTree.Ok(await Get<PublishingService>().PublishAsync(created.Id, null, Actor));
        return created.Id;
    }

    /// <summary>The absolute URL of a site path, on the test server.</summary>
    public Uri Absolute(string path) => new(BaseAddress, path);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}

/// <summary>Every end-to-end class shares one <see cref="SiteBrowserFixture"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndSuite : ICollectionFixture<SiteBrowserFixture>
{
    public const string Name = "EndToEnd";
}
