using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Brand.Backoffice.Security;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.EndToEnd;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Brand.Cms.Tests.Backoffice.EndToEnd;

/// <summary>
/// The mission team's day in Debian's Chromium, against the whole app on a real port: an Editor signs in,
/// creates an event in French and English, publishes it and finds it on the site, in the search and in
/// GraphQL within a second; a Writer cannot publish; a validation error keeps what was typed.
/// </summary>
public sealed class BackofficeJourneyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly BackofficeBrowser _session = new();

    private SiteServer Site => _session.Site;

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task AnEditor_CreatesAnEventInBothLanguages_PublishesIt_AndFindsItOnTheSiteTheSearchAndGraphQL_WithinASecond()
    {
        var email = "editrice@croissance-connectee.fr";
        await BackofficeSession.CreateUserAsync(Site, email, Roles.Editor);
        var (context, page) = await _session.NewPageAsync();
        await using var _ = context;

        await BackofficeBrowser.SignInAsync(page, email);
        var eventsFolder = Site.Services.GetRequiredService<PublishedContentCache>().Current.GetByRoute("/fr/evenements")
            ?? throw new InvalidOperationException("the seed has no /fr/evenements");
        await page.GotoAsync($"/backoffice/content/create?parentId={eventsFolder.Id}&type=event");
        await page.Locator("#name").FillAsync("Atelier cybersécurité des commerçants de Rouen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/backoffice/content/\\d+"));
        var id = int.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        // Publishing with required fields missing: the errors are shown, what was typed stays.
        await page.Locator("#f-v-summary-fr").FillAsync("Deux heures pour protéger sa boutique en ligne : mots de passe, sauvegardes, hameçonnage.");
        await PublishAsync(page);
        await Assertions.Expect(page.Locator("#erreurs")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-v-summary-fr")).ToHaveValueAsync("Deux heures pour protéger sa boutique en ligne : mots de passe, sauvegardes, hameçonnage.");
        await Assertions.Expect(page.Locator("#f-v-organiser-fr-error, [id='f-v-organiser-fr-error']")).ToContainTextAsync("obligatoire", new() { IgnoreCase = true });

        await page.Locator("#f-v-organiser-fr").FillAsync("CCI Rouen Métropole");
        await page.Locator("#f-v-eventType").SelectOptionAsync("workshop");
        await page.Locator("#f-v-eventMode").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#f-v-startDate").FillAsync("2027-03-18T14:00");
        await PublishAsync(page);
        await Assertions.Expect(page.Locator(".fr-alert--success")).ToBeVisibleAsync();

        await page.GotoAsync($"/backoffice/content/{id}?culture=en");
        await page.Locator("#f-name-en").FillAsync("Cybersecurity workshop for Rouen retailers");
        await page.Locator("#f-v-summary-en").FillAsync("Two hours to protect an online shop: passwords, backups, phishing.");
        await page.Locator("#f-v-organiser-en").FillAsync("CCI Rouen Métropole");
        var published = Stopwatch.StartNew();
        await PublishAsync(page);
        await Assertions.Expect(page.Locator(".fr-alert--success")).ToBeVisibleAsync();

        // Within a second of the publish answering: the page in both languages, the site search and GraphQL.
        var snapshot = Site.Services.GetRequiredService<PublishedContentCache>().Current;
        var frUrl = snapshot.GetById(id, "fr")?.Url ?? throw new InvalidOperationException("not published in French");
        var enUrl = snapshot.GetById(id, "en")?.Url ?? throw new InvalidOperationException("not published in English");
        var found = await BackofficeBrowser.WithinAsync(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50), async () =>
            await ContainsAsync(frUrl, "Atelier cybersécurité des commerçants de Rouen")
            && await ContainsAsync(enUrl, "Cybersecurity workshop for Rouen retailers")
            && await ContainsAsync("/fr/recherche?q=cybers%C3%A9curit%C3%A9+commer%C3%A7ants+Rouen", "Atelier cybersécurité des commerçants de Rouen")
            && await GraphQLFindsAsync("Cybersecurity workshop for Rouen retailers"));
        output.WriteLine($"public page, search and GraphQL up to date {published.ElapsedMilliseconds} ms after the publish click");
        Assert.True(found, "the event was not on the site, in the search and in GraphQL within a second");

        // The visitor's view in the browser.
        await page.GotoAsync(enUrl);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Cybersecurity workshop for Rouen retailers");
    }

    [Fact]
    public async Task AWriter_SeesNoPublishButton_AndAHandMadePublishIsRefused()
    {
        await BackofficeSession.CreateUserAsync(Site, "redacteur@croissance-connectee.fr", Roles.Writer);
        var news = Site.Services.GetRequiredService<PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Children.First();
        var (context, page) = await _session.NewPageAsync();
        await using var _ = context;
        await BackofficeBrowser.SignInAsync(page, "redacteur@croissance-connectee.fr");

        await page.GotoAsync($"/backoffice/content/{news.Id}?culture=fr");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" })).ToHaveCountAsync(0);

        // The form as the Writer has it, posted to the publish handler by hand (same cookies, same token).
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var version = await page.Locator("input[name=version]").GetAttributeAsync("value");
        var response = await page.APIRequest.PostAsync($"/backoffice/content/{news.Id}?handler=publish&culture=fr", new()
        {
            Form = FormOf(page.APIRequest, ("__RequestVerificationToken", token!), ("version", version!), ("culture", "fr"),
                ("publishCultures", "fr"), ("name.fr", "Publié par un rédacteur")),
        });

        Assert.Equal((int)HttpStatusCode.Forbidden, response.Status);
        Assert.DoesNotContain("Publié par un rédacteur", await (await Site.Http.GetAsync(news.Url)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IFormData FormOf(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        return form;
    }

    private static Task PublishAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();

    private async Task<bool> ContainsAsync(string url, string text)
    {
        using var response = await Site.Http.GetAsync(url);
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);
    }

    private async Task<bool> GraphQLFindsAsync(string name)
    {
        using var response = await Site.Http.PostAsJsonAsync("/graphql", new
        {
            query = "query($n: String!) { events(culture: \"en\", first: 5, where: { name: { eq: $n } }) { nodes { name url } } }",
            variables = new { n = name },
        });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("data", out var data)
            && data.GetProperty("events").GetProperty("nodes").GetArrayLength() == 1;
    }

}
