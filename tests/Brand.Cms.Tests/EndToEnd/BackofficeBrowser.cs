using System.Diagnostics;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// The whole app on a real port, on a SQLite database of its own, with a Chromium of its own: for journeys that
/// go through the backoffice and the public site in one browser, and change data other tests must not see.
/// </summary>
public sealed class BackofficeBrowser : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public SiteServer Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var browser = SiteBrowserFixture.LaunchChromiumAsync(_playwright);
        Site = new SiteServer(_database);
        _browser = await browser;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Site.Dispose();
        await _database.DisposeAsync();
    }

    /// <summary>A fresh browser context (no cookies) in French, on the site's address.</summary>
    public async Task<(IBrowserContext, IPage)> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Site.Http.BaseAddress!.ToString(), Locale = "fr-FR" });
        context.SetDefaultTimeout(15_000);
        return (context, await context.NewPageAsync());
    }

    /// <summary>Signs in through the real sign-in form, with the password <see cref="BackofficeSession"/> gives its users.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/backoffice");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(BackofficeSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bonjour");
    }

    /// <summary>Asks <paramref name="check"/> every <paramref name="every"/> until it holds or <paramref name="limit"/> has passed.</summary>
    public static async Task<bool> WithinAsync(TimeSpan limit, TimeSpan every, Func<Task<bool>> check)
    {
        var clock = Stopwatch.StartNew();
        do
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(every);
        }
        while (clock.Elapsed < limit);

        return false;
    }
}
