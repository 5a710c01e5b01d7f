using System.Net;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Network;

/// <summary>
/// The applicant's follow page behind its private link, over real HTTP: one application per link and no
/// other, headers that keep it private, the history as shared with the applicant, and the answer to a
/// request for information (a new link each time a manager writes; the old one then stops working).
/// </summary>
public sealed class ApplicationFollowTests
{
    private const string AliceEmail = "alice@vilaine-numerique.example";
    private const string BrunoEmail = "bruno@cornouaille-connect.example";
    private const string Manager = "Manon Lefèvre";

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Get_EachLinkShowsItsOwnApplicationOnly_UnknownTokensAreNotFound_AndThePageStaysPrivate(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var a = await JoinKit.ApplyAsync(server, "fr", "Vilaine Numérique", AliceEmail);
        var b = await JoinKit.ApplyAsync(server, "fr", "Cornouaille Connect", BrunoEmail);
        var second = (await server.Get<ApplicationReview>().ListAsync(null, 1, 10)).Items.Single(i => i.Email == BrunoEmail);
        Assert.True((await server.Get<ApplicationReview>().AddNoteAsync(second.Id, second.Version, "Note interne : SIRET vérifié par téléphone", Manager)).Succeeded);

        using var responseA = await server.Http.GetAsync(a);
        var pageA = JoinKit.Decoded(await responseA.Content.ReadAsStringAsync());
        var pageB = JoinKit.Decoded(await server.Http.GetStringAsync(b));
        using var unknown = await server.Http.GetAsync($"{JoinKit.French}/suivi/{JoinKit.RandomToken()}");
        var unknownPage = JoinKit.Decoded(await unknown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, responseA.StatusCode);
        Assert.Contains("Vilaine Numérique", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain("Cornouaille Connect", pageA, StringComparison.Ordinal);
        Assert.Contains("Cornouaille Connect", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("Vilaine Numérique", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain(AliceEmail, pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("Note interne", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain(Manager, pageB, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Utilisez le lien du dernier courriel reçu", unknownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Vilaine Numérique", unknownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Cornouaille Connect", unknownPage, StringComparison.Ordinal);
        // The French word under the English page, or a page that is not the join page: not a follow URL at all.
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"{JoinKit.English}/suivi/{a.Split('/').Last()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/fr/annuaire/suivi/{a.Split('/').Last()}")).StatusCode);

        foreach (var response in new[] { responseA, unknown })
        {
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }

        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", pageA, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task InformationRequested_TheNewLinkShowsTheMessageAndTheReplyForm_TheOldOneIsGone_AndAReplyResumesTheReview(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var oldLink = await JoinKit.ApplyAsync(server, "fr", "Vilaine Numérique", AliceEmail);
        var review = server.Get<ApplicationReview>();
        var application = Assert.Single((await review.ListAsync(null, 1, 10)).Items);
        var asked = await review.RequestInformationAsync(application.Id, application.Version,
            "Merci de joindre votre attestation d'assurance professionnelle.", Manager, server.Http.BaseAddress!.ToString());
        Assert.True(asked.Succeeded, asked.ToString());

        var newLink = JoinKit.FollowLinkMailedTo(server, AliceEmail);
        using var visitor = JoinKit.Visitor(server);
        var page = await visitor.GetStringAsync(newLink);
        var decoded = JoinKit.Decoded(page);

        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync(oldLink)).StatusCode);
        Assert.Contains(">Complément demandé</p>", decoded, StringComparison.Ordinal);
        Assert.Contains("Merci de joindre votre attestation d'assurance professionnelle.", decoded, StringComparison.Ordinal);
        Assert.Contains("L'équipe du réseau", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain(Manager, decoded, StringComparison.Ordinal);
        Assert.Contains("Répondre à l'équipe du réseau", decoded, StringComparison.Ordinal);

        // An empty answer is named, then a real one with a PDF goes through the page's own form.
        using var empty = await JoinKit.PostAsync(visitor, newLink, [new("message", ""), new("website", ""), new("__RequestVerificationToken", JoinKit.TokenOf(page))]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Écrivez votre réponse ou joignez un document.", JoinKit.Decoded(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var replied = await JoinKit.PostAsync(visitor, newLink,
            [new("message", "Voici l'attestation demandée."), new("website", ""), new("__RequestVerificationToken", JoinKit.TokenOf(page))],
            ("attestation-assurance.pdf", JoinKit.Pdf));

        Assert.Equal(HttpStatusCode.SeeOther, replied.StatusCode);
        var after = JoinKit.Decoded(await visitor.GetStringAsync(replied.Headers.Location));
        Assert.Contains(">En cours d'examen</p>", after, StringComparison.Ordinal);
        Assert.Contains("Votre réponse a été transmise", after, StringComparison.Ordinal);
        Assert.Contains("Voici l'attestation demandée.", after, StringComparison.Ordinal);
        Assert.Contains("attestation-assurance.pdf", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Répondre à l'équipe du réseau", after, StringComparison.Ordinal);
        var stored = (await review.FindAsync(application.Id))!;
        Assert.Equal(ApplicationStatus.UnderReview, stored.Status);
        Assert.Equal("attestation-assurance.pdf", Assert.Single(stored.Documents).FileName);
    }

    [Fact]
    public async Task Granted_ThePageShowsTheLabelNumberAndDates_AndLinksToTheDirectoryEntryAndTheBrandKit()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var link = await JoinKit.ApplyAsync(server, "fr", "Vilaine Numérique", AliceEmail);
        var review = server.Get<ApplicationReview>();
        var application = Assert.Single((await review.ListAsync(null, 1, 10)).Items);

        // A grant mails the entry's links, not a new follow link: the one of the acknowledgement still works.
        var granted = await review.GrantAsync(application.Id, application.Version, Manager, server.Http.BaseAddress!.ToString());

        Assert.True(granted.Succeeded, granted.ToString());
        var page = JoinKit.Decoded(await server.Http.GetStringAsync(link));
        var label = granted.Value!;
        Assert.Contains(">Label accordé</p>", page, StringComparison.Ordinal);
        Assert.Contains($"Votre numéro de label : {label.LabelNumber}.", page, StringComparison.Ordinal);
        Assert.Matches("Valable du [0-9]+(er)? [a-zéû]+ [0-9]{4} au [0-9]+(er)? [a-zéû]+ [0-9]{4} inclus.", page);
        Assert.Contains("Voir votre fiche dans l'annuaire</a>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/rejoindre-le-reseau/kit-de-marque\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Manager, page, StringComparison.Ordinal);
    }
}
