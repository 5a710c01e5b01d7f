using System.Net;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Network;

/// <summary>
/// The public join form over real HTTP, without JavaScript: multipart posts to the join page, validation
/// that keeps everything typed and every file received, the acknowledgement mail and its follow link.
/// </summary>
public sealed class JoinFormTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    public static TheoryData<DatabaseProvider, string> ProvidersAndCultures()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in SiteServer.Providers)
        {
            data.Add(provider, "fr");
            data.Add(provider, "en");
        }

        return data;
    }

    [Fact]
    public async Task Get_ShowsTheFormUsableWithoutJavaScript_AndCachedWithoutToken()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);

        using var response = await server.Http.GetAsync(JoinKit.French);
        var html = JoinKit.Decoded(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"file\" id=\"join-documents\" name=\"documents\" accept=\"application/pdf,.pdf\" multiple", html, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", html, StringComparison.Ordinal);
        Assert.Contains("Connecteur labellisé", html, StringComparison.Ordinal);
        Assert.Contains(">35 — Ille-et-Vilaine</label>", html, StringComparison.Ordinal);
        Assert.Contains("Bretagne", html, StringComparison.Ordinal);
        Assert.Contains(">Cybersécurité</label>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/rejoindre-le-reseau/charte\"", html, StringComparison.Ordinal);
        // Served from the output cache: a token would be another visitor's.
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_WrongSiretChecksum_NamesTheSiret_KeepsEverythingTypedAndTheStagedPdf_ThenTheRightOnePasses(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);

        using var refused = await JoinKit.PostAsync(server.Http, JoinKit.French, JoinKit.Fields(siret: NetworkSamples.WrongSiret), ("statuts-association.pdf", JoinKit.Pdf));
        var html = JoinKit.Decoded(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = Siret.Problem(NetworkSamples.WrongSiret, "fr")!;
        Assert.Contains($"<p class=\"fr-error-text\" id=\"join-siret-error\">{message}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#join-siret\">Numéro SIRET : {message}", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"join-siret-hint join-siret-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("tabindex=\"-1\" data-error-summary", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"fr-error-text\""));
        foreach (var kept in new[]
        {
            "value=\"Les Connecteurs de Vilaine\"", $"value=\"{NetworkSamples.WrongSiret}\"", "value=\"Camille Martin\"",
            "value=\"camille@connecteurs-vilaine.example\"", "value=\"02 99 00 12 34\"", "value=\"https://connecteurs-vilaine.example\"",
            "value=\"12 rue de la Monnaie\"", "value=\"35000\"", "value=\"Rennes\"",
            "aident les commerçants à ouvrir leur boutique en ligne.</textarea>", "accompagnés depuis 2024 avec la CCI.</textarea>",
            "value=\"volunteerConnector\" checked", "value=\"website\" checked", "value=\"onlineSelling\" checked",
            "value=\"35\" checked", "value=\"22\" checked", "name=\"acceptsRemote\" value=\"true\" checked", "name=\"charter\" value=\"true\" checked",
            "statuts-association.pdf",
        })
        {
            Assert.Contains(kept, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("value=\"cloud\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"29\" checked", html, StringComparison.Ordinal);
        var staged = Assert.Single(JoinKit.StagedIds(html));
        Assert.Empty(JoinKit.Mails(server));

        // Corrected, without attaching the file again: the staged one goes with the application.
        using var accepted = await JoinKit.PostAsync(server.Http, JoinKit.French, [.. JoinKit.Fields(), new("staged", staged)]);

        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        var token = accepted.Headers.Location!.OriginalString.Split('/').Last();
        var application = (await server.Get<LabelApplications>().FindAsync(token))!;
        Assert.Equal("73282932000074", application.Siret);
        Assert.Equal("statuts-association.pdf", Assert.Single(application.Documents).FileName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_LabelledConnectorWithoutPdf_AsksForTheDocuments_AndAPngNamedPdfIsRefusedByName(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var labelled = JoinKit.Fields(kind: ActorKinds.Labelled);

        using var without = await JoinKit.PostAsync(server.Http, JoinKit.French, labelled);
        var missing = JoinKit.Decoded(await without.Content.ReadAsStringAsync());
        using var disguised = await JoinKit.PostAsync(server.Http, JoinKit.English, labelled, ("x.pdf", JoinKit.Png));
        var refused = JoinKit.Decoded(await disguised.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("id=\"join-documents-error\">Les connecteurs labellisés joignent les pièces demandées, au format PDF.</p>", missing, StringComparison.Ordinal);
        Assert.Contains("href=\"#join-documents\">Pièces jointes :", missing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("id=\"join-documents-error\">The file \"x.pdf\" is not a PDF document", refused, StringComparison.Ordinal);
        Assert.Empty(JoinKit.StagedIds(refused));
        Assert.Empty(JoinKit.Mails(server));
        Assert.Equal(0, (await server.Get<ApplicationReview>().ListAsync(null, 1, 10)).Total);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndCultures))]
    public async Task Post_Valid_SeesOtherToTheFollowPage_MailsTheLinkInTheApplicantsLanguage(DatabaseProvider provider, string culture)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);

        using var response = await JoinKit.PostAsync(server.Http, JoinKit.JoinPath(culture), JoinKit.Fields(), ("kbis.pdf", JoinKit.Pdf));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(culture == "fr" ? "^/fr/rejoindre-le-reseau/suivi/[A-Za-z0-9_-]{43}$" : "^/en/join-the-network/follow/[A-Za-z0-9_-]{43}$", location);
        var mail = Assert.Single(JoinKit.Mails(server));
        Assert.Equal("camille@connecteurs-vilaine.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.StartsWith(culture == "fr" ? "Nous avons bien reçu votre demande" : "We have received your application", mail.Subject, StringComparison.Ordinal);
        foreach (var personal in new[] { "Camille", "Martin", "Connecteurs", "camille@", "73282932000074" })
        {
            Assert.DoesNotContain(personal, mail.Subject, StringComparison.OrdinalIgnoreCase);
        }

        var link = JoinKit.FollowLinkMailedTo(server, "camille@connecteurs-vilaine.example");
        Assert.Equal(location, link);
        var page = JoinKit.Decoded(await server.Http.GetStringAsync(link));
        Assert.Contains(culture == "fr" ? ">Déposée</p>" : ">Submitted</p>", page, StringComparison.Ordinal);
        Assert.Contains("Les Connecteurs de Vilaine", page, StringComparison.Ordinal);
        Assert.Contains("kbis.pdf", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Post_OverTheHourlyQuota_IsTooManyRequests_WithRetryAfter_AndKeepsTheAnswers(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["Network:ApplicationsPerHour"] = "1" });

        using var first = await JoinKit.PostAsync(server.Http, JoinKit.French, JoinKit.Fields());
        using var second = await JoinKit.PostAsync(server.Http, JoinKit.French, JoinKit.Fields(organisation: "Numérique en Cornouaille"), ("devis.pdf", JoinKit.Pdf));
        var html = JoinKit.Decoded(await second.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter?.Delta);
        Assert.Contains("Trop de demandes ont été envoyées depuis votre connexion", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Numérique en Cornouaille\"", html, StringComparison.Ordinal);
        Assert.Single(JoinKit.StagedIds(html));
        Assert.Single(JoinKit.Mails(server));
    }

    [Fact]
    public async Task Post_HoneypotFilled_IsBadRequest_StoresNothing_AndKeepsTheAnswers()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var fields = JoinKit.Fields().Where(f => f.Key != "website").Append(new("website", "https://spam.example"));

        using var response = await JoinKit.PostAsync(server.Http, JoinKit.French, fields);
        var html = JoinKit.Decoded(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Votre demande n’a pas été envoyée", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Les Connecteurs de Vilaine\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("spam.example", html, StringComparison.Ordinal);
        Assert.Empty(JoinKit.Mails(server));
    }
}
