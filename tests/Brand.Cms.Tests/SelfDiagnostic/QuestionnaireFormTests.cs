using System.Net;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>The public questionnaire, step by step without JavaScript: navigation, validation, the honeypot, the quota, storage.</summary>
public sealed class QuestionnaireFormTests
{
    private const string French = "/fr/autodiagnostic";

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [InlineData("/fr/autodiagnostic", "Étape 1 sur 7", "Secteur d’activité", "Commerce de détail", "Nombre de salariés", "anonyme")]
    [InlineData("/en/self-assessment", "Step 1 of 7", "Sector", "Retail", "Number of employees", "anonymous")]
    public async Task Get_EachCulture_ShowsTheBusinessStepInItsLanguage(string path, string step, string sector, string retail, string size, string anonymous)
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);

        using var response = await server.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("fr-stepper", html, StringComparison.Ordinal);
        Assert.Contains(step, html, StringComparison.Ordinal);
        Assert.Contains($">{retail}</option>", html, StringComparison.Ordinal);
        Assert.Contains(sector, html, StringComparison.Ordinal);
        Assert.Contains(size, html, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\" id=\"diag-sizeBand-0\" name=\"sizeBand\"", html, StringComparison.Ordinal);
        Assert.Contains(">35 — Ille-et-Vilaine</option>", html, StringComparison.Ordinal);
        Assert.Contains(anonymous, html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"email\"", html, StringComparison.Ordinal);
        // Served from the output cache: a token would be another visitor's.
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_WithoutDepartment_NamesTheMissingFieldAndKeepsTheSector()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var browser = new QuestionnaireBrowser(server.Http, French);
        await browser.OpenAsync();

        using var response = await browser.PostAsync("next", new Dictionary<string, string> { ["sector"] = "crafts", ["sizeBand"] = "1-9" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = browser.Html;
        Assert.Contains("Étape 1 sur 7", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#diag-department-0\">Département : Sélectionnez le département de votre entreprise.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"diag-department-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"diag-department-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#diag-sector-0", html, StringComparison.Ordinal);
        Assert.True(QuestionnaireBrowser.IsSelected(html, "sector", "crafts"));
        Assert.True(QuestionnaireBrowser.IsChecked(html, "sizeBand", "1-9"));
    }

    [Fact]
    public async Task PreviousThenNext_AfterAnsweringAStep_KeepsItsAnswersChecked()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var questionnaire = Read(server, "fr");
        var browser = new QuestionnaireBrowser(server.Http, French);
        await browser.OpenAsync();
        await browser.PostAsync("next", Business);
        var first = questionnaire.Dimensions[0];
        var chosen = first.Questions.ToDictionary(q => Field(q.Key), q => q.Answers[^1].Key.ToString("N"));

        using var second = await browser.PostAsync("next", chosen);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Étape 3 sur 7", browser.Html, StringComparison.Ordinal);
        using var back = await browser.PostAsync("previous");
        Assert.Contains("Étape 2 sur 7", browser.Html, StringComparison.Ordinal);
        Assert.All(chosen, a => Assert.True(QuestionnaireBrowser.IsChecked(browser.Html, a.Key, a.Value), a.Key));
        await browser.PostAsync("previous");
        Assert.Contains("Étape 1 sur 7", browser.Html, StringComparison.Ordinal);
        Assert.True(QuestionnaireBrowser.IsSelected(browser.Html, "department", "35"));
        await browser.PostAsync("next");
        using var forward = await browser.PostAsync("next");

        Assert.Equal(HttpStatusCode.OK, forward.StatusCode);
        Assert.Contains("Étape 3 sur 7", browser.Html, StringComparison.Ordinal);
        Assert.All(chosen, a => Assert.True(QuestionnaireBrowser.IsCarried(browser.Html, a.Key, a.Value), a.Key));
    }

    [Fact]
    public async Task Submit_WithAQuestionMissingOnTheLastStep_ShowsItsErrorAndKeepsTheOtherAnswers()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var questionnaire = Read(server, "fr");
        var browser = new QuestionnaireBrowser(server.Http, French);
        await WalkToLastStepAsync(browser, questionnaire);
        var last = questionnaire.Dimensions[^1];
        var skipped = last.Questions[0];
        var given = last.Questions.Skip(1).ToDictionary(q => Field(q.Key), q => q.Answers[0].Key.ToString("N"));

        using var response = await browser.PostAsync("submit", given);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = browser.Html;
        Assert.Contains("Étape 7 sur 7", html, StringComparison.Ordinal);
        var id = "diag-q-" + skipped.Key.ToString("N");
        Assert.Contains($"href=\"#{id}-0\"", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"fr-fieldset fr-fieldset--error\" id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"{id}-error\"", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "fr-fieldset--error"));
        Assert.All(given, a => Assert.True(QuestionnaireBrowser.IsChecked(html, a.Key, a.Value), a.Key));
        Assert.All(questionnaire.Dimensions.SkipLast(1).SelectMany(d => d.Questions),
            q => Assert.True(QuestionnaireBrowser.IsCarried(html, Field(q.Key), Answer(q).ToString("N")), q.Text));
        Assert.True(QuestionnaireBrowser.IsCarried(html, "department", "35"));
        Assert.Equal(0, await CountResultsAsync(server));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submit_Complete_RedirectsToThePrivateLinkAndStoresTheScores(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var questionnaire = Read(server, "fr");
        var browser = new QuestionnaireBrowser(server.Http, French);
        await WalkToLastStepAsync(browser, questionnaire);

        using var response = await browser.PostAsync("submit", LastStep(questionnaire));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/fr/autodiagnostic/resultat/[A-Za-z0-9_-]{43}$", location);
        var result = await server.Get<DiagnosticResults>().FindAsync(location[(location.LastIndexOf('/') + 1)..]);
        Assert.NotNull(result);
        var expected = DiagnosticScoring.Score(questionnaire, questionnaire.Questions.ToDictionary(q => q.Key, Answer));
        Assert.Equal(expected.Overall, result.Overall);
        Assert.Equal(expected.Dimensions.ToDictionary(d => d.DimensionKey, d => d.Score), result.Scores.ToDictionary(s => s.DimensionKey, s => s.Score));
        Assert.Equal(("crafts", "1-9", "35", "fr"), (result.Sector, result.SizeBand, result.Department, result.Culture));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submit_WithTheHoneypotFilled_Returns400AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var questionnaire = Read(server, "fr");
        var browser = new QuestionnaireBrowser(server.Http, French);
        await WalkToLastStepAsync(browser, questionnaire);
        var last = LastStep(questionnaire);

        using var response = await browser.PostAsync("submit", new Dictionary<string, string>(last) { ["website"] = "https://spam.example" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n’a pas pu être accepté", browser.Html, StringComparison.Ordinal);
        Assert.All(last, a => Assert.True(QuestionnaireBrowser.IsChecked(browser.Html, a.Key, a.Value), a.Key));
        Assert.Equal(0, await CountResultsAsync(server));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submit_OverTheHourlyQuota_Returns429WithRetryAfterAndKeepsTheAnswers(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["SelfDiagnostic:SubmissionsPerHour"] = "1" });
        var questionnaire = Read(server, "fr");
        var browser = new QuestionnaireBrowser(server.Http, French);
        await WalkToLastStepAsync(browser, questionnaire);
        var last = LastStep(questionnaire);
        using var first = await browser.PostAsync("submit", last);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);

        var again = new QuestionnaireBrowser(server.Http, French);
        await WalkToLastStepAsync(again, questionnaire);
        using var second = await again.PostAsync("submit", last);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        // A fixed hourly window: the wait announced is what is left of the hour, never more.
        Assert.InRange(second.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.Matches("Réessayez dans (59|60) minutes", again.Html);
        Assert.All(last, a => Assert.True(QuestionnaireBrowser.IsChecked(again.Html, a.Key, a.Value), a.Key));
        Assert.All(questionnaire.Dimensions.SkipLast(1).SelectMany(d => d.Questions),
            q => Assert.True(QuestionnaireBrowser.IsCarried(again.Html, Field(q.Key), Answer(q).ToString("N")), q.Text));
        Assert.Equal(1, await CountResultsAsync(server));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Origin", "https://attacker.example")]
    public async Task Post_FromAnotherSite_IsRefusedWith403(string header, string value)
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var browser = new QuestionnaireBrowser(server.Http, French);
        await browser.OpenAsync();

        using var response = await browser.PostAsync("next", Business, r => r.Headers.Add(header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("autre site", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToAPageWithoutForm_Returns405WithAllow()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);

        using var response = await server.Http.PostAsync("/fr", new FormUrlEncodedContent([new("q", "x")]));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow.Order(StringComparer.Ordinal)));
    }

    private static readonly Dictionary<string, string> Business = new() { ["sector"] = "crafts", ["sizeBand"] = "1-9", ["department"] = "35" };

    private static string Field(Guid question) => "q." + question.ToString("N");

    /// <summary>The answer the walk gives to a question: a different one from question to question.</summary>
    private static Guid Answer(DiagnosticQuestion question) => question.Answers[(int)((uint)question.Key.GetHashCode() % (uint)question.Answers.Count)].Key;

    private static Dictionary<string, string> LastStep(Questionnaire questionnaire) =>
        questionnaire.Dimensions[^1].Questions.ToDictionary(q => Field(q.Key), q => Answer(q).ToString("N"));

    /// <summary>Answers the business step and every dimension but the last, with "next", as a visitor would.</summary>
    private static async Task WalkToLastStepAsync(QuestionnaireBrowser browser, Questionnaire questionnaire)
    {
        await browser.OpenAsync();
        using var business = await browser.PostAsync("next", Business);
        Assert.Equal(HttpStatusCode.OK, business.StatusCode);
        foreach (var dimension in questionnaire.Dimensions.SkipLast(1))
        {
            using var step = await browser.PostAsync("next", dimension.Questions.ToDictionary(q => Field(q.Key), q => Answer(q).ToString("N")));
            Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        }
    }

    private static Questionnaire Read(SiteServer server, string culture) =>
        Questionnaire.Read(server.Get<PublishedContentCache>().Current.GetByRoute(culture == "fr" ? French : "/en/self-assessment")!);

    private static async Task<int> CountResultsAsync(SiteServer server)
    {
        await using var db = await server.Get<IDbContextFactory<BrandDbContext>>().CreateDbContextAsync();
        return await db.DiagnosticResults.CountAsync();
    }
}
