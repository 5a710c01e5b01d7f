using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Network;

/// <summary>The network managers' queue of applications and their decisions, over real HTTP, on both databases.</summary>
public sealed partial class ApplicationReviewPageTests
{
    private const string Queue = "/backoffice/network/applications";

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Queue_NetworkManager_SeesTheSubmittedApplication_AndWriterOrTranslatorIsRefused(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var application = await Applicants.SubmitAsync(server);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);

        var list = WebUtility.HtmlDecode(await manager.GetStringAsync(Queue));
        Assert.Contains(Applicants.Organisation, list, StringComparison.Ordinal);
        Assert.Contains("732 829 320 00074", list, StringComparison.Ordinal);
        Assert.Contains("Ille-et-Vilaine (35)", list, StringComparison.Ordinal);
        Assert.Contains("Connecteur bénévole", list, StringComparison.Ordinal);
        Assert.Contains("Déposée (1)", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Queue}/{application.Id}\"", list, StringComparison.Ordinal);
        Assert.Contains("1 à examiner", list, StringComparison.Ordinal); // the menu's count
        Assert.DoesNotContain(Applicants.Organisation, WebUtility.HtmlDecode(await manager.GetStringAsync(Queue + "?status=Granted")), StringComparison.Ordinal);

        var details = WebUtility.HtmlDecode(await manager.GetStringAsync($"{Queue}/{application.Id}"));
        Assert.Contains(Applicants.Email, details, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://annuaire-entreprises.data.gouv.fr/etablissement/{Applicants.Siret}\" target=\"_blank\" rel=\"noopener noreferrer\"", details, StringComparison.Ordinal);
        Assert.Contains("Douze commerces accompagnés", details, StringComparison.Ordinal);
        Assert.Contains("Commencer l'examen", details, StringComparison.Ordinal);

        foreach (var role in new[] { Roles.Writer, Roles.Translator, Roles.Editor })
        {
            using var other = await BackofficeSession.SignInAsync(server, role);
            foreach (var url in new[] { Queue, $"{Queue}/{application.Id}", "/backoffice/network/profile-edits" })
            {
                using var refused = await other.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                Assert.DoesNotContain(Applicants.Email, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain($"href=\"{Queue}\"", await other.GetStringAsync("/backoffice"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Review_StartThenAskThenGrant_PublishesTheEntry_MailsTheApplicant_AndShowsInTheStatistics(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var application = await Applicants.SubmitAsync(server);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var details = $"{Queue}/{application.Id}";

        using (var started = await PostAsync(manager, details, "StartReview", VersionIn(await manager.GetStringAsync(details))))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            Assert.Equal(details, started.Headers.Location?.OriginalString);
        }

        // A request for information without its message is refused by the field, and nothing changes.
        using (var empty = await PostAsync(manager, details, "RequestInformation", VersionIn(await manager.GetStringAsync(details)), ("message", "  ")))
        {
            var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Contains("id=\"request-information-message-error\">Écrivez le message à envoyer au candidat", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"request-information-hint request-information-message-error\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(ApplicationStatus.UnderReview, (await server.Get<ApplicationReview>().FindAsync(application.Id))!.Status);
        using (var asked = await PostAsync(manager, details, "RequestInformation", VersionIn(await manager.GetStringAsync(details)),
            ("message", "Pouvez-vous nous donner le nom d'un commerce accompagné à contacter ?")))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(details));
        Assert.Contains("demande de complément est envoyée", page, StringComparison.Ordinal); // the flash
        Assert.Contains("En cours d'examen → Complément demandé", page, StringComparison.Ordinal);
        Assert.Contains("Oui, envoyé au candidat", page, StringComparison.Ordinal);
        Assert.Contains("Accorder le label", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Commencer l'examen", page, StringComparison.Ordinal);

        using (var unconfirmed = await PostAsync(manager, details, "Grant", VersionIn(page)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        using (var granted = await PostAsync(manager, details, "Grant", VersionIn(page), ("confirm", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        }

        var decided = (await server.Get<ApplicationReview>().FindAsync(application.Id))!;
        Assert.Equal(ApplicationStatus.Granted, decided.Status);
        Assert.Matches(LabelNumber(), decided.LabelNumber!);
        var after = WebUtility.HtmlDecode(await manager.GetStringAsync(details));
        Assert.Contains($"Label accordé : n° {decided.LabelNumber}", after, StringComparison.Ordinal);
        Assert.Matches(new Regex("href=\"/backoffice/content/\\d+\">Modifier la fiche"), after);

        // The public directory entry exists, with the organisation and its label number.
        var publicUrl = server.Get<NetworkLinks>().Profile(decided.ActorKey!.Value, "fr")!.Url!;
        Assert.Contains($"href=\"{publicUrl}\"", after, StringComparison.Ordinal);
        using (var entry = await server.Http.GetAsync(publicUrl))
        {
            var html = WebUtility.HtmlDecode(await entry.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
            Assert.Contains(Applicants.Organisation, html, StringComparison.Ordinal);
            Assert.Contains(decided.LabelNumber!, html, StringComparison.Ordinal);
        }

        // Acknowledgement, request for information, grant.
        Assert.Equal(3, Applicants.MailsTo(server).Count);
        await using (var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext())
        {
            var audit = await db.Audit.Where(a => a.Target == $"networkapplication:{application.Id}" && a.Outcome == AuditOutcome.Succeeded).ToListAsync();
            Assert.Contains(audit, a => a.Action == "networkapplication.startreview" && a.Before == "Submitted" && a.After == "UnderReview");
            Assert.Contains(audit, a => a.Action == "networkapplication.requestinformation" && a.After == "InformationRequested");
            Assert.Contains(audit, a => a.Action == "networkapplication.grant" && a.After == "Granted" && a.Detail == $"label {decided.LabelNumber}");
            Assert.DoesNotContain(audit, a => (a.Detail ?? "").Contains("commerce accompagné", StringComparison.Ordinal));
        }

        // The statistics count it: submitted and granted this month, one decision, a volunteer connector more.
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var statistics = WebUtility.HtmlDecode(await editor.GetStringAsync("/backoffice/network/statistics"));
        var month = ParisCalendar.Today(TimeProvider.System).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Contains($"<th scope=\"row\">{month}</th><td>1</td><td>1</td><td>0</td>", statistics, StringComparison.Ordinal);
        Assert.Matches(new Regex("Candidatures décidées</h3>\\s*<p class=\"bo-figure\">1</p>"), statistics);
        Assert.Contains("<th scope=\"row\">Connecteur bénévole</th>", statistics, StringComparison.OrdinalIgnoreCase);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using var refused = await writer.GetAsync("/backoffice/network/statistics");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Decision_FromAStalePage_IsRefusedNamingWhoActedFirst_KeepsWhatWasTyped_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var application = await Applicants.SubmitAsync(server);
        using var first = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        using var second = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        var details = $"{Queue}/{application.Id}";
        var firstVersion = VersionIn(await first.GetStringAsync(details));
        var secondVersion = VersionIn(await second.GetStringAsync(details));

        using (var started = await PostAsync(first, details, "StartReview", firstVersion))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        using var stale = await PostAsync(second, details, "Refuse", secondVersion, ("message", "Votre activité ne concerne pas les entreprises."));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Décision non enregistrée", html, StringComparison.Ordinal);
        Assert.Contains(first.Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Votre activité ne concerne pas les entreprises.</textarea>", html, StringComparison.Ordinal);
        var stored = (await server.Get<ApplicationReview>().FindAsync(application.Id))!;
        Assert.Equal(ApplicationStatus.UnderReview, stored.Status);
        Assert.Equal(2, stored.Events.Count); // submitted, review started: no refusal
        Assert.Single(Applicants.MailsTo(server)); // the acknowledgement only
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Document_IsDownloadedByAManagerOnly_AsAnAttachment_AndAudited(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var application = await Applicants.SubmitAsync(server, "labelledConnector", withDocument: true);
        var document = (await server.Get<ApplicationReview>().FindAsync(application.Id))!.Documents.Single();
        var url = $"{Queue}/{application.Id}?handler=Document&documentId={document.Id}";
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);

        Assert.Contains($"href=\"{url.Replace("&", "&amp;", StringComparison.Ordinal)}\"", await manager.GetStringAsync($"{Queue}/{application.Id}"), StringComparison.Ordinal);
        using (var download = await manager.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Contains("attestation-assurance.pdf", download.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("%PDF-", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var anonymous = await BackofficeSession.Anonymous(server).GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/backoffice/account/sign-in", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using (var refused = await writer.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("%PDF-", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "networkapplication.document" && a.Outcome == AuditOutcome.Succeeded));
    }

    private static async Task<HttpResponseMessage> PostAsync(BackofficeSession session, string url, string handler, int version, params (string, string)[] fields) =>
        await session.PostFieldsAsync($"{url}?handler={handler}",
            [KeyValuePair.Create("version", version.ToString(CultureInfo.InvariantCulture)), .. fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))]);

    internal static int VersionIn(string html) =>
        int.Parse(VersionField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No version field."), CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("^CC-\\d{4}-\\d{4}$")]
    private static partial Regex LabelNumber();
}
