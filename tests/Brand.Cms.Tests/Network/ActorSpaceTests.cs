using System.Net;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Brand.Cms.Tests.Network.ActorSpaceKit;

namespace Brand.Cms.Tests.Network;

/// <summary>The actor space over real HTTP: the mailed one-use link, the private session, moderated edits.</summary>
public sealed class ActorSpaceTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignIn_KnownAddressGetsAOneUseLink_UnknownAddressReadsTheSameAndGetsNoMail(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var site = new SiteServer(database);
        using var visitor = Visitor(site);

        var known = await RequestLinkAsync(visitor, RennesEmail);
        var mailsAfterKnown = Mails(site).Count;
        var unknown = await RequestLinkAsync(visitor, "personne@inconnu.example");

        Assert.Equal(HttpStatusCode.SeeOther, known.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(mailsAfterKnown, Mails(site).Count);
        var confirmation = await TextAsync(await visitor.GetAsync(known.Headers.Location));
        Assert.Contains("Si cette adresse est connue du réseau, un lien de connexion vient d'y être envoyé", confirmation, StringComparison.Ordinal);
        Assert.Contains("pendant 30 minutes", confirmation, StringComparison.Ordinal);

        // Opening the link (a mail scanner, a preview) uses nothing up; the button does, once.
        var link = LinkMailedTo(site, RennesEmail);
        var opened = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("no-store", opened.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
        var signedIn = await PostLinkAsync(visitor, link);
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal(Space, signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc_actor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var space = await visitor.GetAsync(Space);
        Assert.Contains("no-store", space.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("private", space.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await TextAsync(space);
        Assert.Contains("Exemple — Atelier Numérique Rennais", page, StringComparison.Ordinal);
        Assert.Contains("CC-2026-0037", page, StringComparison.Ordinal);

        using var other = Visitor(site);
        var again = await PostLinkAsync(other, link);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Demander un nouveau lien", await TextAsync(again), StringComparison.Ordinal);

        // Another session, right after the actor's page was served: the sign-in form, nothing of the actor's.
        var anonymous = await TextAsync(await other.GetAsync(Space));
        Assert.Contains("Recevoir un lien de connexion", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("Atelier Numérique Rennais", anonymous, StringComparison.Ordinal);

        // Signing out ends the session.
        var form = await visitor.GetStringAsync(Space);
        var signedOut = await visitor.PostAsync(Space, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenOf(form),
            ["action"] = "sign-out",
        }));
        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.DoesNotContain("Atelier Numérique Rennais", await TextAsync(await visitor.GetAsync(Space)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithALinkOlderThanItsLifetime_FailsWithAWayToAskAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var site = new SiteServer(database, clock);
        using var visitor = Visitor(site);
        await RequestLinkAsync(visitor, RennesEmail);
        var link = LinkMailedTo(site, RennesEmail);

        clock.Advance(TimeSpan.FromMinutes(31));
        var posted = await PostLinkAsync(visitor, link);

        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        var page = await TextAsync(posted);
        Assert.Contains("Ce lien de connexion ne fonctionne plus", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Space}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Atelier Numérique Rennais", await TextAsync(await visitor.GetAsync(Space)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Propose_WaitsForModeration_ThenApprovalPublishesIt_AndARejectionShowsItsMessage(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var site = new SiteServer(database);
        using var actor = await SignedInAsync(site, RennesEmail);
        var links = site.Get<NetworkLinks>();
        var edits = site.Get<ProfileEdits>();
        var entryUrl = links.Profile(RennesKey, "fr")!.Url!;
        var brestUrl = links.Profile(BrestKey, "fr")!.Url!;
        var brestBefore = await site.Http.GetStringAsync(brestUrl);
        var current = ProfileValues.From(links.Profile(RennesKey, "fr")!);
        const string Text = "Agence rennaise qui accompagne désormais les commerces de tout le Grand Ouest vers la vente en ligne.";

        // A field naming another entry is ignored: the cookie says whose entry is edited.
        var sent = await ProposeAsync(actor, current with { Description = Text }, ("actor", BrestKey.ToString()), ("actorKey", BrestKey.ToString()));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var space = await TextAsync(await actor.GetAsync(sent.Headers.Location));
        Assert.Contains("Modification envoyée", space, StringComparison.Ordinal);
        Assert.Contains("Modification en attente de validation depuis le", space, StringComparison.Ordinal);
        Assert.DoesNotContain(Text, await TextAsync(await site.Http.GetAsync(entryUrl)), StringComparison.Ordinal);
        var pending = Assert.Single(await edits.PendingAsync());
        Assert.Equal(RennesKey, pending.ActorKey);
        Assert.Equal(RennesEmail, pending.SubmittedBy);
        Assert.Equal(brestBefore, await site.Http.GetStringAsync(brestUrl));

        Assert.True((await edits.ApproveAsync(pending.Id, pending.Version, "Alice Gestionnaire")).Succeeded);
        Assert.Contains(Text, await TextAsync(await site.Http.GetAsync(entryUrl)), StringComparison.Ordinal);

        await ProposeAsync(actor, current with { Description = Text, City = "Saint-Malo", Postcode = "35400" });
        var second = Assert.Single(await edits.PendingAsync());
        Assert.True((await edits.RejectAsync(second.Id, second.Version, "Votre siège reste à Rennes selon le SIRET : gardez Rennes.", "Alice Gestionnaire")).Succeeded);
        var rejected = await TextAsync(await actor.GetAsync(Space));
        Assert.Contains("n'a pas été acceptée", rejected, StringComparison.Ordinal);
        Assert.Contains("Votre siège reste à Rennes selon le SIRET : gardez Rennes.", rejected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_WithAnInvalidPostcode_KeepsEverythingTypedAndSaysWhatToFix()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var site = new SiteServer(database);
        using var actor = await SignedInAsync(site, RennesEmail);
        var current = ProfileValues.From(site.Get<NetworkLinks>().Profile(RennesKey, "fr")!);

        var refused = await ProposeAsync(actor, current with { Description = "Une présentation toute neuve.", Postcode = "350", City = "Cesson-Sévigné" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await TextAsync(refused);
        Assert.Contains("Le code postal compte cinq chiffres, par exemple 35000.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#profile-postcode\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"profile-postcode-error\"", page, StringComparison.Ordinal);
        Assert.Contains(">Une présentation toute neuve.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Cesson-Sévigné\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"350\"", page, StringComparison.Ordinal);
        Assert.Empty(await site.Get<ProfileEdits>().PendingAsync());
    }

    [Fact]
    public async Task RequestLink_OverTheQuota_KeepsTheTypedAddress_AndTheHoneypotSendsNothing()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var site = new SiteServer(database, settings: new Dictionary<string, string?> { ["Network:SignInLinksPerHour"] = "1" });
        using var visitor = Visitor(site);

        var trapped = await RequestLinkAsync(visitor, RennesEmail, trap: "https://spam.example");
        Assert.Equal(HttpStatusCode.BadRequest, trapped.StatusCode);
        Assert.Empty(Mails(site));

        Assert.Equal(HttpStatusCode.SeeOther, (await RequestLinkAsync(visitor, "personne@inconnu.example")).StatusCode);
        var refused = await RequestLinkAsync(visitor, BrestEmail);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains($"value=\"{BrestEmail}\"", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Empty(Mails(site));
    }

    [Fact]
    public async Task Space_ForAnExpiredLabel_OffersRenewal()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var site = new SiteServer(database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
        // Mathieu R.'s label ended on 14 September 2026.
        using var actor = await SignedInAsync(site, "mathieu-albi@example.org");

        var page = await TextAsync(await actor.GetAsync(Space));

        Assert.Contains("Votre label a expiré", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/rejoindre-le-reseau?renouveler=1\"", page, StringComparison.Ordinal);
    }
}
