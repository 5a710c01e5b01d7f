using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Brand.Cms.Core;
using Brand.Cms.Core.PublishedCache;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// The directory of actors in Chromium: facet filters, "near me", the map and its fallback, with and
/// without JavaScript. Expected lists are computed from the published cache, not written down.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class DirectoryTests(SiteBrowserFixture site) : IAsyncLifetime
{
    private const string RennesActor = "Exemple — Atelier Numérique Rennais";
    private const string ToulouseActor = "Exemple — Garonne Digital Conseil";

    public Task InitializeAsync() => SearchIndex.WaitAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Filters_SpecialtyAndRegion_ListExactlyTheMatchingActors_AndUpdateCountsAndUrl()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);
        await page.GotoAsync(Folder("fr").Url!);
        var occitanie = Option(page, "Régions couvertes", "Occitanie");
        Assert.Equal(Listed("fr").Count(a => Has(a, "regionsServed", "76")), await CountOfAsync(occitanie));

        await TickAsync(Option(page, "Spécialités", "Vente en ligne"));
        await TickAsync(Option(page, "Régions couvertes", "Bretagne"));
        await SubmitAsync(page);

        var query = new Uri(page.Url).Query;
        Assert.Contains("specialty=onlineSelling", query, StringComparison.Ordinal);
        Assert.Contains("region=53", query, StringComparison.Ordinal);
        var expected = Listed("fr").Where(a => Has(a, "specialties", "onlineSelling") && Has(a, "regionsServed", "53")).Select(a => a.Name).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await ResultNamesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Contains(RennesActor, expected);
        Assert.Contains($"{expected.Count} acteur", await StatusAsync(page), StringComparison.Ordinal);
        // A region's count now follows the specialty filter (and ignores the region filter itself).
        Assert.Equal(Listed("fr").Count(a => Has(a, "regionsServed", "76") && Has(a, "specialties", "onlineSelling")), await CountOfAsync(occitanie));

        // Removing one filter keeps the other.
        await page.GetByRole(AriaRole.Link, new() { Name = "Retirer le filtre Bretagne" }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).Query.Contains("region=", StringComparison.Ordinal));
        Assert.Contains("specialty=onlineSelling", new Uri(page.Url).Query, StringComparison.Ordinal);
        Assert.Equal(Listed("fr").Count(a => Has(a, "specialties", "onlineSelling")), (await ResultNamesAsync(page)).Count);
        problems.AssertNone();
    }

    [Fact]
    public async Task Near_Postcode35000SortedByDistance_PutsTheRennesActorFirstWithItsDistance()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await page.GotoAsync(Folder("fr").Url!);

        await page.GetByLabel("Commune ou code postal").FillAsync("35000");
        await page.GetByLabel("Dans un rayon de").SelectOptionAsync("100");
        await SubmitAsync(page);
        Assert.Contains("near=35000", new Uri(page.Url).Query, StringComparison.Ordinal);
        Assert.Contains("radius=100", new Uri(page.Url).Query, StringComparison.Ordinal);
        // Few actors are that close, so the page may offer no sort select: the order is asked for in the URL.
        await page.GotoAsync(page.Url + "&sort=distance");

        var names = await ResultNamesAsync(page);
        Assert.Equal(RennesActor, names[0]);
        Assert.DoesNotContain(ToulouseActor, names);
        var distances = await ResultList(page).Locator(":scope > li").EvaluateAllAsync<string[]>("items => items.map(i => i.innerText)");
        var kilometres = distances.Select(text => DistanceFr().Match(text)).ToList();
        Assert.All(kilometres, m => Assert.True(m.Success, "Each result near a place shows its distance, as « à 3,2 km »."));
        var values = kilometres.Select(m => double.Parse(m.Groups[1].Value, CultureInfo.GetCultureInfo("fr-FR"))).ToList();
        Assert.Equal(values.Order(), values);
        Assert.True(values[0] < 5, $"The Rennes actor is {values[0]} km from 35000 Rennes.");
    }

    [Fact]
    public async Task Near_UnknownPostcode_ShowsAnErrorOnTheField_AndKeepsWhatWasTyped()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await page.GotoAsync(Folder("fr").Url!);

        await page.GetByLabel("Commune ou code postal").FillAsync("99999");
        await SubmitAsync(page);

        var field = page.GetByLabel("Commune ou code postal");
        Assert.Equal("99999", await field.InputValueAsync());
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        var describedBy = await field.GetAttributeAsync("aria-describedby");
        var message = await page.Locator($"#{describedBy}").InnerTextAsync();
        Assert.Contains("« 99999 »", message, StringComparison.Ordinal);
        Assert.Contains("code postal", message, StringComparison.Ordinal);
        // The list is still there, unfiltered by place.
        Assert.Equal(Math.Min(Listed("fr").Count, PageSize()), (await ResultNamesAsync(page)).Count);
        var violations = (await Axe.ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
    }

    [Fact]
    public async Task WithoutJavaScript_TheFormStillFilters_AndNothingOfTheMapShows()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Locale = "en-GB",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Folder("en").Url!);
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Use my position" }).IsVisibleAsync());

        await TickAsync(Option(page, "Category", "Partner organisation"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show results" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("kind=partnerOrganisation", StringComparison.Ordinal));

        var expected = Listed("en").Where(a => a.Value<string>("kind") == "partnerOrganisation").Select(a => a.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await ResultNamesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Equal(0, await page.Locator(".leaflet-container").CountAsync());
        Assert.False(await page.GetByRole(AriaRole.Region, new() { NameRegex = MapName() }).IsVisibleAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Map_WithJavaScript_HasOneMarkerPerResultWithAPosition_AndIsNoKeyboardTrap(string culture)
    {
        var (context, page) = await site.NewPageAsync(culture);
        await using var _ = context;
        using var problems = new PageProblems(page, site.BaseAddress);
        await page.GotoAsync(Folder(culture).Url!);

        var located = await page.Locator("[data-map-lat]").CountAsync();
        Assert.True(located > 0);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.leaflet-marker-icon').length === n", located);
        var map = page.GetByRole(AriaRole.Region, new() { NameRegex = MapName() });
        Assert.True(await map.IsVisibleAsync());
        Assert.Equal(located, await map.Locator(".leaflet-marker-icon").CountAsync());

        // Tab goes through the map and out of it.
        await map.FocusAsync();
        var left = false;
        for (var i = 0; i < located + 20 && !left; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            left = await page.EvaluateAsync<bool>("() => !document.getElementById('annuaire-carte').contains(document.activeElement)");
        }

        Assert.True(left, "Tab never left the map.");
        problems.AssertNone();
    }

    [Fact]
    public async Task Map_WhenTilesCannotBeLoaded_SaysSo_AndTheListStaysComplete()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await page.RouteAsync($"**{SiteBrowserFixture.TilePath}**", route => route.AbortAsync());

        await page.GotoAsync(Folder("fr").Url!);

        var notice = page.GetByText("La carte n'a pas pu être chargée ; la liste reste complète.");
        await notice.WaitForAsync();
        Assert.False(await page.GetByRole(AriaRole.Region, new() { NameRegex = MapName() }).IsVisibleAsync());
        Assert.Equal(Math.Min(Listed("fr").Count, PageSize()), (await ResultNamesAsync(page)).Count);
    }

    [Fact]
    public async Task Pagination_KeepsTheFiltersAndTheOrder()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        var all = Actors("fr").Where(a => a.HasValue("labelExpiresOn")).Select(a => a.Name).ToList();
        Assert.True(all.Count > PageSize(), "The seed needs more actors than a page holds for this test.");
        await page.GotoAsync(Folder("fr").Url + "?label=valid&label=expired&sort=name");

        var next = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" }).GetByRole(AriaRole.Link, new() { Name = "Page suivante" });
        var href = await next.GetAttributeAsync("href");
        Assert.Matches("label=valid.*label=expired.*sort=name.*page=2", href);
        var first = await ResultNamesAsync(page);
        await next.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("page=2", StringComparison.Ordinal));
        var second = await ResultNamesAsync(page);

        Assert.Equal(all.Order(StringComparer.Ordinal), first.Concat(second).Order(StringComparer.Ordinal));
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task UnknownValues_AreIgnored_AndNeverEchoed()
    {
        var response = await site.Http.GetAsync(new Uri(
            Folder("fr").Url + "?kind=xyzzy&region=xyzzy&specialty=website&department=xyzzy&label=xyzzy&sort=xyzzy&radius=xyzzy&lat=xyzzy&lon=1&page=xyzzy",
            UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("xyzzy", html, StringComparison.Ordinal);
        Assert.Contains("Retirer le filtre </span>Site internet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseMyPosition_WithPermission_SortsByDistanceFromThere()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await context.GrantPermissionsAsync(["geolocation"]);
        await context.SetGeolocationAsync(new Geolocation { Latitude = 48.11f, Longitude = -1.68f });
        await page.GotoAsync(Folder("fr").Url!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Utiliser ma position" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("lat=48.11", StringComparison.Ordinal));

        Assert.Equal(RennesActor, (await ResultNamesAsync(page))[0]);
        Assert.Contains("sort=distance", new Uri(page.Url).Query, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { NameRegex = PositionTag() }).IsVisibleAsync());
    }

    [Fact]
    public async Task UseMyPosition_Refused_SaysSoBesideTheButton()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await context.ClearPermissionsAsync();
        await page.GotoAsync(Folder("fr").Url!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Utiliser ma position" }).ClickAsync();

        await page.GetByText("Vous n'avez pas autorisé l'accès à votre position").WaitForAsync();
        Assert.Equal("", new Uri(page.Url).Query);
    }

    private PublishedContent Folder(string culture) => site.First("actorsFolder", culture);

    private List<PublishedContent> Actors(string culture) =>
        Folder(culture).Children.Where(c => c.ContentType == "labelledActor" && c.Url is not null).ToList();

    /// <summary>The actors of the default view: expired labels are left out until the visitor asks for them.</summary>
    private List<PublishedContent> Listed(string culture)
    {
        var today = ParisCalendar.Today(site.Get<TimeProvider>());
        return Actors(culture).Where(a => !(a.Value<DateOnly?>("labelExpiresOn") < today)).ToList();
    }

    private int PageSize() => Folder("fr").Value<long?>("pageSize") is { } size ? (int)size : 24;

    private static bool Has(PublishedContent actor, string alias, string value) => actor.Value<string[]>(alias)?.Contains(value) == true;

    /// <summary>A checkbox of a filter group, by the group's legend and the start of the option's label ("Bretagne (3)").</summary>
    private static ILocator Option(IPage page, string legend, string label) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true })
            .GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^" + Regex.Escape(label) + @" \(\d+\)$") });

    /// <summary>Ticks a box as a visitor does, by its label (the DSFR draws the box on the label, over the input).</summary>
    private static async Task TickAsync(ILocator checkbox)
    {
        var id = await checkbox.GetAttributeAsync("id");
        await checkbox.Page.Locator($"label[for='{id}']").ClickAsync();
        Assert.True(await checkbox.IsCheckedAsync());
    }

    /// <summary>The "(12)" of an option's label.</summary>
    private static async Task<int> CountOfAsync(ILocator checkbox)
    {
        var id = await checkbox.GetAttributeAsync("id");
        var label = await checkbox.Page.Locator($"label[for='{id}']").InnerTextAsync();
        return int.Parse(Count().Match(label).Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static async Task SubmitAsync(IPage page)
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les résultats" }).ClickAsync();
        await page.WaitForURLAsync(url => url != before);
    }

    /// <summary>The results list: the list named by the result count.</summary>
    private static ILocator ResultList(IPage page) => page.GetByRole(AriaRole.List, new() { NameRegex = ResultCount() });

    private static async Task<List<string>> ResultNamesAsync(IPage page) =>
        [.. (await ResultList(page).GetByRole(AriaRole.Heading, new() { Level = 3 }).AllInnerTextsAsync()).Select(n => n.Trim())];

    private static async Task<string> StatusAsync(IPage page) =>
        await page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = ResultCount() }).First.InnerTextAsync();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Count();

    [GeneratedRegex(@"à (\d+(?:,\d)?) km")]
    private static partial Regex DistanceFr();

    [GeneratedRegex("acteurs? trouvés?|actors? found", RegexOptions.IgnoreCase)]
    private static partial Regex ResultCount();

    [GeneratedRegex("^(Carte|Map) ")]
    private static partial Regex MapName();

    [GeneratedRegex("votre position")]
    private static partial Regex PositionTag();
}
