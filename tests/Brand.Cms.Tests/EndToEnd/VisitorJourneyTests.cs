using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>A visitor in Chromium: from the home page to an event and its calendar file; switching language.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class VisitorJourneyTests(SiteBrowserFixture site)
{
    [Fact]
    public async Task HomeToUpcomingEvent_AddToCalendar_DownloadsTheEventAsICalendar()
    {
        var upcoming = await site.UpcomingEventAsync("fr");
        var events = upcoming.Parent!;
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);

        var home = await page.GotoAsync(site.Home("fr").Url!);
        Assert.Equal(200, home!.Status);

        var nav = Browse.MainNavigation(page);
        var toEvents = nav.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = events.Name, Exact = true })
            .Or(Browse.LinksTo(nav, events.Url!)).First;
        await Browse.RevealAsync(toEvents);
        await toEvents.ClickAsync();
        await page.WaitForURLAsync(url => Browse.IsPath(url, events.Url!));
        Assert.Contains(events.Name, await Browse.HeadingAsync(page), StringComparison.Ordinal);

        await Browse.LinksTo(page.Locator("main"), upcoming.Url!).First.ClickAsync();
        await page.WaitForURLAsync(url => Browse.IsPath(url, upcoming.Url!));
        Assert.Contains(upcoming.Name, await Browse.HeadingAsync(page), StringComparison.Ordinal);

        var addToCalendar = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = AddToCalendarName() })
            .Or(page.Locator("main a[href$='.ics']")).First;
        var download = await page.RunAndWaitForDownloadAsync(() => addToCalendar.ClickAsync());
        var calendar = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains(upcoming.Name, ICalendar.Unfold(calendar), StringComparison.Ordinal);
        problems.AssertNone();
    }

    [Theory]
    [InlineData("fr", "en")]
    [InlineData("en", "fr")]
    public async Task EventPage_LanguageLink_LeadsToTheSameEventInTheOtherLanguage(string from, string to)
    {
        var source = site.First("event", from);
        var target = source.InCulture(to)!;
        var (context, page) = await site.NewPageAsync(from);
        await using var _ = context;
        Assert.Equal(200, (await page.GotoAsync(source.Url!))!.Status);

        var link = page.Locator($"a[hreflang='{to}']").First;
        await Browse.RevealAsync(link);
        await link.ClickAsync();

        await page.WaitForURLAsync(url => Browse.IsPath(url, target.Url!));
        Assert.StartsWith($"/{to}/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(to, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains(target.Name, await Browse.HeadingAsync(page), StringComparison.Ordinal);
    }

    [GeneratedRegex("agenda|calendrier|calendar", RegexOptions.IgnoreCase)]
    private static partial Regex AddToCalendarName();
}
