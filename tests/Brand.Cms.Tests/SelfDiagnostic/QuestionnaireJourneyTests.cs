using Brand.Cms.Tests.EndToEnd;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>The questionnaire in Chromium: what a visitor meets when a step is incomplete, and the whole walk to the result and a contact request.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class QuestionnaireJourneyTests(SiteBrowserFixture site)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Next_WithNothingAnswered_ShowsAnAccessibleSummaryWhoseLinksReachTheFields(string culture)
    {
        var (context, page) = await site.NewPageAsync(culture);
        await using var _ = context;
        await page.GotoAsync(site.First("selfDiagnosticPage", culture).Url!);

        var response = await PostAsync(page, "next");

        Assert.Equal(400, response.Status);
        Assert.Equal(3, await page.Locator("[role=alert] ul li a").CountAsync());
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
        await page.Locator("[role=alert] a[href='#diag-sizeBand-0']").ClickAsync();
        Assert.Equal("diag-sizeBand-0", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Walk_AnsweringEveryStep_ThenAskingAnActor_SendsTheRequest()
    {
        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        await page.GotoAsync(site.First("selfDiagnosticPage", "fr").Url!);
        await page.SelectOptionAsync("#diag-sector-0", "retail");
        await page.ClickAsync("label[for=diag-sizeBand-1]"); // DSFR draws the radio in its label, over the input
        await page.SelectOptionAsync("#diag-department-0", "35");
        await PostAsync(page, "next");

        while (await page.Locator("#autodiagnostic button[value=next]").CountAsync() > 0)
        {
            await AnswerEachQuestionAsync(page);
            var step = await PostAsync(page, "next");
            Assert.Equal(200, step.Status);
        }

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));
        await AnswerEachQuestionAsync(page);
        var submitted = await PostAsync(page, "submit");

        Assert.Equal(303, submitted.Status);
        Assert.Matches("/fr/autodiagnostic/resultat/[A-Za-z0-9_-]{43}$", page.Url);

        // The result: the chart drawn by Chart.js above its table, and the plan's actors of Ille-et-Vilaine.
        await page.Locator(".cc-chart__canvas canvas").First.WaitForAsync();
        Assert.True(await page.Locator("figure.cc-chart table tbody tr").CountAsync() >= 6);
        violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, Axe.Describe(page.Url, violations));

        // Put in touch with the Rennes connector: the form, the consent, the confirmation, the mail to the actor.
        await page.ClickAsync("label:has-text('Atelier Numérique Rennais')");
        await page.FillAsync("#contact-contactName", "Camille Martin");
        await page.FillAsync("#contact-email", "camille@fournil.example");
        await page.FillAsync("#contact-message", "Nous voulons vendre nos pains en ligne.");
        await page.ClickAsync("label[for=contact-consent]");
        var sent = await page.RunAndWaitForResponseAsync(() => page.ClickAsync(".cc-result-form button[type=submit]"),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);

        Assert.Equal(303, sent.Status);
        await Assertions.Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("Votre demande a été envoyée");
        var mails = Directory.GetFiles(Path.Combine(site.Site.DataPath, "mail"), "*.eml").Select(File.ReadAllText);
        Assert.Contains(mails, m => m.Contains("To: atelier-numerique-rennais@example.org", StringComparison.Ordinal)
            && m.Contains("Reply-To: camille@fournil.example", StringComparison.Ordinal)
            && m.Contains("Nous voulons vendre nos pains en ligne.", StringComparison.Ordinal));
    }

    /// <summary>Presses one of the form's buttons and waits for the page its post answers with.</summary>
    private static async Task<IResponse> PostAsync(IPage page, string action)
    {
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync($"#autodiagnostic button[value={action}]"),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync();
        return response;
    }

    /// <summary>Checks each question's last answer on the current step.</summary>
    private static async Task AnswerEachQuestionAsync(IPage page)
    {
        foreach (var fieldset in await page.Locator("#autodiagnostic fieldset").AllAsync())
        {
            await fieldset.Locator(".fr-radio-group label").Last.ClickAsync();
        }
    }
}
