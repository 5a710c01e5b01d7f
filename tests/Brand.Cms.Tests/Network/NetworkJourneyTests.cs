using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Brand.Backoffice.Security;
using Brand.Cms.Tests.EndToEnd;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.Network;

/// <summary>
/// The brand network end to end in Debian's Chromium, against the whole app on a real port: a connector applies
/// (a wrong SIRET first, which keeps what was typed and the PDF), a network manager reviews and grants the label,
/// and the connector's entry is public: behind the mailed link, in the directory and in GraphQL.
/// </summary>
public sealed partial class NetworkJourneyTests : IAsyncLifetime
{
    private const string Organisation = "Atelier Vilainoscope";
    private const string Applicant = "camille@vilainoscope.example";
    private const string Manager = "gestionnaire-reseau@croissance-connectee.fr";

    private readonly BackofficeBrowser _session = new();

    private SiteServer Site => _session.Site;

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Apply_Review_Grant_ThenTheEntryIsPublicBehindTheMailedLink_InTheDirectory_AndInGraphQL()
    {
        var (visitorContext, visitor) = await _session.NewPageAsync();
        await using var _ = visitorContext;

        // 1. The visitor applies; the wrong SIRET is refused with everything typed kept, the PDF included.
        await visitor.GotoAsync(JoinKit.French);
        await FillApplicationAsync(visitor);
        var refused = await SubmitAsync(visitor, "Envoyer ma demande");

        Assert.Equal(400, refused.Status);
        var summary = visitor.Locator("#join-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("a[href='#join-siret']")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("#join-organisation")).ToHaveValueAsync(Organisation);
        await Assertions.Expect(visitor.Locator(".cc-staged-name")).ToHaveTextAsync("kbis.pdf");
        await AssertAccessibleAsync(visitor);

        await visitor.Locator("#join-siret").FillAsync(NetworkSamples.Siret);
        var filed = await SubmitAsync(visitor, "Envoyer ma demande");

        Assert.Equal(303, filed.Status);
        Assert.Matches(FollowUrl(), visitor.Url);
        await Assertions.Expect(visitor.Locator(".cc-application-summary")).ToContainTextAsync("Déposée");
        await Assertions.Expect(visitor.Locator(".cc-application-summary")).ToContainTextAsync("kbis.pdf");
        await AssertAccessibleAsync(visitor);

        // 2. A network manager examines it and grants the label.
        await BackofficeSession.CreateUserAsync(Site, Manager, Roles.NetworkManager);
        var (managerContext, manager) = await _session.NewPageAsync();
        await using var __ = managerContext;
        await BackofficeBrowser.SignInAsync(manager, Manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Candidatures au réseau" }).First.ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("examiner la candidature de " + Organisation) }).ClickAsync();
        await Assertions.Expect(manager.Locator("h1")).ToContainTextAsync(Organisation);
        await SubmitAsync(manager, "Commencer l'examen");
        await Assertions.Expect(manager.Locator(".fr-alert--success")).ToBeVisibleAsync();
        await manager.ClickAsync("label[for=grant-confirm]"); // DSFR draws the box in its label, over the input
        await SubmitAsync(manager, "Accorder le label");

        var granted = manager.Locator(".fr-alert--success");
        await Assertions.Expect(granted).ToContainTextAsync(LabelGranted());
        var number = LabelGranted().Match(await granted.InnerTextAsync()).Groups[1].Value;

        // 3. The welcome mail links to the public entry, which shows the name and the label number.
        var welcome = JoinKit.Mails(Site).Last(m => m.To.Mailboxes.Any(a => a.Address == Applicant)).TextBody ?? "";
        Assert.Contains(number, welcome, StringComparison.Ordinal);
        var entry = EntryLink().Match(welcome);
        Assert.True(entry.Success, "No directory entry link in:\n" + welcome);
        var entryUrl = new Uri(entry.Groups[1].Value);
        Assert.Equal(Site.Http.BaseAddress!.Authority, entryUrl.Authority);
        await visitor.GotoAsync(entryUrl.PathAndQuery);
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync(Organisation);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync(number);

        // 4. The directory lists it once the search index has followed the publish, and GraphQL finds it with a valid label.
        var listed = await BackofficeBrowser.WithinAsync(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200), async () =>
        {
            await visitor.GotoAsync("/fr/annuaire?q=" + Uri.EscapeDataString("Vilainoscope"));
            return await visitor.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Organisation }).CountAsync() == 1;
        });
        Assert.True(listed, "the new entry was not in the directory within 10 seconds");

        var actor = await DirectoryEntryAsync("Vilainoscope");
        Assert.Equal(Organisation, actor.GetProperty("name").GetString());
        Assert.Equal("VALID", actor.GetProperty("labelStatus").GetString());
        Assert.Equal(number, actor.GetProperty("labelNumber").GetString());
    }

    /// <summary>Everything a labelled connector types, with the SIRET off by its last digit and one PDF attached.</summary>
    private static async Task FillApplicationAsync(IPage page)
    {
        await TickAsync(page, "input[name=kind][value=labelledConnector]");
        await page.Locator("#join-organisation").FillAsync(Organisation);
        await page.Locator("#join-siret").FillAsync(NetworkSamples.WrongSiret);
        await page.Locator("#join-contactName").FillAsync("Camille Martin");
        await page.Locator("#join-email").FillAsync(Applicant);
        await page.Locator("#join-postcode").FillAsync("35000");
        await page.Locator("#join-city").FillAsync("Rennes");
        await page.Locator("#join-description").FillAsync("Nous aidons les commerçants rennais à vendre en ligne et à soigner leur site.");
        await TickAsync(page, "input[name=specialties][value=website]");
        await TickAsync(page, "input[name=specialties][value=onlineSelling]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bretagne", Exact = true }).ClickAsync();
        await TickAsync(page, "#join-departments-35");
        await page.Locator("#join-references").FillAsync("Quarante commerces accompagnés depuis 2023 avec la CCI Ille-et-Vilaine.");
        await page.Locator("#join-documents").SetInputFilesAsync(new FilePayload
        {
            Name = "kbis.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
        });
        await TickAsync(page, "#join-charter");
    }

    /// <summary>Ticks a box or a radio as a visitor does, through its label (the DSFR draws it there, over the input).</summary>
    private static async Task TickAsync(IPage page, string input)
    {
        var id = await page.Locator(input).GetAttributeAsync("id");
        await page.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(page.Locator(input)).ToBeCheckedAsync();
    }

    /// <summary>Presses a submit button and waits for the page its post answers with (the first answer: 303 when it redirects).</summary>
    private static async Task<IResponse> SubmitAsync(IPage page, string button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync();
        return response;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
    }

    /// <summary>The single directory entry GraphQL finds for <paramref name="text"/>.</summary>
    private async Task<JsonElement> DirectoryEntryAsync(string text)
    {
        using var response = await Site.Http.PostAsJsonAsync("/graphql", new
        {
            query = "query($t: String!) { directory(culture: \"fr\", text: $t, first: 10) { nodes { name labelStatus labelNumber } } }",
            variables = new { t = text },
        });
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty("data", out var data), body);
        return Assert.Single(data.GetProperty("directory").GetProperty("nodes").EnumerateArray().ToList()).Clone();
    }


    [GeneratedRegex("/fr/rejoindre-le-reseau/suivi/[A-Za-z0-9_-]{43}$")]
    private static partial Regex FollowUrl();

    [GeneratedRegex(@"Label accordé : n° (CC-\d{4}-\d{4})")]
    private static partial Regex LabelGranted();

    [GeneratedRegex(@"Votre fiche dans l'annuaire :\s*(\S+)")]
    private static partial Regex EntryLink();
}
