using System.Net;
using System.Text.RegularExpressions;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using MimeKit;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>
/// The result page behind its private link, over HTTP on the seeded site: score, level and table, headers
/// that keep it private, the plan matched on the business's department, and the "be put in touch" form.
/// Results are stored directly (the questionnaire form is tested on its own).
/// </summary>
public sealed partial class ResultPageTests
{
    private const string RennesActor = "Exemple — Atelier Numérique Rennais";
    private const string RennesEmail = "atelier-numerique-rennais@example.org";
    private const string BrestActor = "Exemple — Nolwenn K., connectrice bénévole";
    private const string MarseilleActor = "Exemple — Massilia Connect";
    private const string OnlinePresence = "Présence en ligne";

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Fact]
    public async Task Get_SavedResult_ShowsScoreLevelAndEachDimension_AndKeepsThePagePrivate()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (questionnaire, saved) = await SaveAsync(server, "35", WeakOnlinePresence);

        using var response = await server.Http.GetAsync(Path(saved));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{saved.Result.Overall}/100", Text(html), StringComparison.Ordinal);
        Assert.Contains(questionnaire.LevelFor(saved.Result.Overall)!.Title, html, StringComparison.Ordinal);
        foreach (var dimension in questionnaire.Dimensions)
        {
            var score = saved.Result.Scores.Single(s => s.DimensionKey == dimension.Key).Score;
            Assert.Matches($"<th scope=\"row\">{Regex.Escape(dimension.Title)}</th>\\s*<td data-value=\"{score}\">{score}/100</td>", html);
        }

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl.Private);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{server.Http.BaseAddress!.ToString().TrimEnd('/')}{Path(saved)}\" readonly", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownTokenOrNotAResultUrl_IsNotFound()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        var unknown = new string('A', DiagnosticResults.TokenLength);

        foreach (var path in new[]
        {
            $"/fr/autodiagnostic/resultat/{unknown}",
            $"/fr/autodiagnostic/result/{saved.Token}", // the English word under the French page
            $"/fr/annuaire/resultat/{saved.Token}", // not a questionnaire
        })
        {
            using var response = await server.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Get_LanguageSwitch_LeadsToTheSameResultInEnglish()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        var english = $"/en/self-assessment/result/{saved.Token}";

        var french = await server.Http.GetStringAsync(Path(saved));
        Assert.Contains($"hreflang=\"en\" lang=\"en\" href=\"{english}\"", french, StringComparison.Ordinal);

        using var response = await server.Http.GetAsync(english);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your overall score", html, StringComparison.Ordinal);
        Assert.Contains($"{saved.Result.Overall}/100", Text(html), StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Online presence</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterTheQuestionnairePageWasRenamed_TheOldPrivateLinkMovesToTheNewOne()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (questionnaire, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        var id = questionnaire.Page.Id;
        var item = (await server.Get<ContentQueries>().GetAsync(id))!;
        var data = item.Draft.Clone();
        data.Segments["fr"] = "diagnostic-numerique";
        SiteTree.Ok(await server.Get<ContentEditor>().SaveAsync(id, item.Version, data, "editor"));
        SiteTree.Ok(await server.Get<PublishingService>().PublishAsync(id, ["fr"], "editor"));

        using var moved = await server.Http.GetAsync(Path(saved));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/fr/diagnostic-numerique/resultat/{saved.Token}", moved.Headers.Location!.OriginalString);
        using var landed = await server.Http.GetAsync(moved.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/fr/diagnostic-numerique/resultat/{new string('A', 43)}")).StatusCode);
    }

    [Fact]
    public async Task Plan_WeakOnlinePresenceIn35_ListsTheActorServing35_NotThoseOfOtherDepartments()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);

        var html = await server.Http.GetStringAsync(Path(saved));
        var plan = Section(html, "resultat-plan");

        Assert.Contains($"<h3 id=\"axe-", plan, StringComparison.Ordinal);
        Assert.Contains(OnlinePresence, plan, StringComparison.Ordinal);
        Assert.Contains(RennesActor, plan, StringComparison.Ordinal);
        // Nolwenn K. also does websites, but in Finistère; Massilia Connect serves the Bouches-du-Rhône.
        Assert.DoesNotContain(BrestActor, html, StringComparison.Ordinal);
        Assert.DoesNotContain(MarseilleActor, html, StringComparison.Ordinal);
        Assert.DoesNotContain("vous vous en sortez bien", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_AllAnswersAt100_SaysTheBusinessIsDoingWell_AndStillSuggestsOneDimension()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", _ => 100);

        var html = await server.Http.GetStringAsync(Path(saved));

        Assert.Equal(100, saved.Result.Overall);
        Assert.Contains("Vous vous en sortez bien sur cet axe ; pour aller plus loin", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h3 id=\"axe-"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_ValidRequest_SeesOther_MailsTheActor_AndListsTheRequest(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        using var visitor = new Visitor(server);

        using var response = await visitor.PostAsync(Path(saved), Fields(ActorKey(server, RennesActor)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"{Path(saved)}?demande=envoyee", location, StringComparison.Ordinal);
        var mail = Assert.Single(Mails(server));
        Assert.Equal(RennesEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("camille@boulangerie.example", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Contains("Camille Martin", mail.TextBody, StringComparison.Ordinal);
        var request = Assert.Single(await server.Get<ContactRequests>().ForResultAsync(saved.Result.Id));
        Assert.Equal(RennesActor, request.ActorName);

        var html = await visitor.Http.GetStringAsync(location);
        Assert.Contains("Votre demande a été envoyée", html, StringComparison.Ordinal);
        Assert.Contains($"Demande envoyée le ", html, StringComparison.Ordinal);
        Assert.Contains($"à {RennesActor}</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_WithoutConsent_NamesTheConsent_KeepsWhatWasTyped_AndSendsNothing(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        using var visitor = new Visitor(server);
        var fields = Fields(ActorKey(server, RennesActor));
        fields.Remove("consent");

        using var response = await visitor.PostAsync(Path(saved), fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Votre consentement est nécessaire", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#contact-consent\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"contact-consent-messages\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Camille Martin\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"camille@boulangerie.example\"", html, StringComparison.Ordinal);
        Assert.Contains("Un site pour ma boulangerie.</textarea>", html, StringComparison.Ordinal);
        Assert.Matches($"value=\"{ActorKey(server, RennesActor):N}\" checked", html);
        Assert.Empty(Mails(server));
        Assert.Empty(await server.Get<ContactRequests>().ForResultAsync(saved.Result.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_ActorNotServingTheDepartment_IsRefused_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        using var visitor = new Visitor(server);

        using var response = await visitor.PostAsync(Path(saved), Fields(ActorKey(server, MarseilleActor)));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Empty(Mails(server));
        Assert.Empty(await server.Get<ContactRequests>().ForResultAsync(saved.Result.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_OverTheHourlyQuota_IsTooManyRequests_WithRetryAfter_AndKeepsTheForm(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["SelfDiagnostic:ContactRequestsPerHour"] = "1" });
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        using var visitor = new Visitor(server);
        var fields = Fields(ActorKey(server, RennesActor));

        using var first = await visitor.PostAsync(Path(saved), fields);
        using var second = await visitor.PostAsync(Path(saved), fields);
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter?.Delta);
        Assert.Contains("Trop de demandes en peu de temps", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Camille Martin\"", html, StringComparison.Ordinal);
        Assert.Single(Mails(server));
        Assert.Single(await server.Get<ContactRequests>().ForResultAsync(saved.Result.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_HoneypotFilled_IsBadRequest_KeepsWhatWasTyped_AndNothingIsSent(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (_, saved) = await SaveAsync(server, "35", WeakOnlinePresence);
        using var visitor = new Visitor(server);
        var fields = Fields(ActorKey(server, RennesActor));
        fields["website"] = "https://spam.example";

        using var response = await visitor.PostAsync(Path(saved), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Demande non envoyée", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{fields[ContactDetails.ContactNameField]}\"", page, StringComparison.Ordinal);
        Assert.Empty(Mails(server));
        Assert.Empty(await server.Get<ContactRequests>().ForResultAsync(saved.Result.Id));
    }

    /// <summary>Every "Présence en ligne" question at its worst answer, every other at its best.</summary>
    private static int WeakOnlinePresence(Questionnaire questionnaire, DiagnosticQuestion question) =>
        questionnaire.Dimensions.Single(d => d.Title == OnlinePresence).Questions.Contains(question) ? 0 : 100;

    private static Task<(Questionnaire, SavedResult)> SaveAsync(SiteServer server, string department, Func<DiagnosticQuestion, int> points) =>
        SaveAsync(server, department, (_, q) => points(q));

    private static async Task<(Questionnaire, SavedResult)> SaveAsync(SiteServer server, string department, Func<Questionnaire, DiagnosticQuestion, int> points)
    {
        var questionnaire = Questionnaire.Read(server.Get<PublishedContentCache>().Current.GetByRoute("/fr/autodiagnostic")!);
        var answers = SeededQuestionnaire.AnswersWorth(questionnaire, q => points(questionnaire, q));
        var saved = await server.Get<DiagnosticResults>().SaveAsync(questionnaire, new DiagnosticSubmission("retail", "1-9", department, answers));
        Assert.True(saved.Succeeded, saved.ToString());
        return (questionnaire, saved.Value!);
    }

    private static string Path(SavedResult saved) => $"/fr/autodiagnostic/resultat/{saved.Token}";

    private static Guid ActorKey(SiteServer server, string name) =>
        server.Get<PublishedContentCache>().Current.OfType("labelledActor", "fr").Single(a => a.Name == name).Key;

    private static Dictionary<string, string> Fields(Guid actor) => new()
    {
        ["actor"] = actor.ToString("N"),
        ["contactName"] = "Camille Martin",
        ["businessName"] = "Boulangerie Martin",
        ["email"] = "camille@boulangerie.example",
        ["phone"] = "02 99 12 34 56",
        ["message"] = "Un site pour ma boulangerie.",
        ["consent"] = "true",
        ["website"] = "",
    };

    private static List<MimeMessage> Mails(SiteServer server)
    {
        var folder = System.IO.Path.Combine(server.DataPath, "mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).ToList() : [];
    }

    /// <summary>The HTML from a section's heading to the contact section (the plan's, in practice).</summary>
    private static string Section(string html, string headingId)
    {
        var start = html.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No #{headingId} on the page");
        var end = html.IndexOf("id=\"mise-en-relation\"", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    /// <summary>The page's text, tags out and spaces collapsed.</summary>
    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, ""), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A browser of the result page: its cookies, and the anti-forgery token of the form it was shown.</summary>
    private sealed partial class Visitor(SiteServer server) : IDisposable
    {
        public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = server.Http.BaseAddress,
        };

        public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields)
        {
            var page = await Http.GetStringAsync(path);
            var token = Token().Match(page);
            Assert.True(token.Success, "No anti-forgery token in the form:\n" + page);
            using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))));
            return await Http.PostAsync(path, content);
        }

        public void Dispose() => Http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}
