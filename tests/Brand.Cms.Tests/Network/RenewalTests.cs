using System.Net;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Network;

/// <summary>An actor renews its label from the actor space: the join form, sent while signed in, renews that entry and no other.</summary>
public sealed class RenewalTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Renewal_SentSignedIn_RenewsThatEntry_KeepingItsNumber_AndWithoutASessionIsRefusedKeepingTheAnswers(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var site = new SiteServer(database);
        const string renew = "renouveler";
        List<KeyValuePair<string, string>> fields = [.. JoinKit.Fields("Atelier Numérique Rennais", email: ActorSpaceKit.RennesEmail), new(renew, "1")];

        var page = await site.Http.GetStringAsync($"{JoinKit.French}?{renew}=1");
        Assert.Contains($"name=\"{renew}\" value=\"1\"", page, StringComparison.Ordinal);
        Assert.Contains("Renouvellement de votre label", JoinKit.Decoded(page), StringComparison.Ordinal);

        using var anonymous = await JoinKit.PostAsync(JoinKit.Visitor(site), JoinKit.French, fields);
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        var refused = JoinKit.Decoded(await anonymous.Content.ReadAsStringAsync());
        Assert.Contains("connectez-vous d’abord à l’espace acteur", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Atelier Numérique Rennais\"", refused, StringComparison.Ordinal);

        var actor = await ActorSpaceKit.SignedInAsync(site, ActorSpaceKit.RennesEmail);
        using var sent = await JoinKit.PostAsync(actor, JoinKit.French, fields);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);

        var review = site.Get<ApplicationReview>();
        var application = (await review.ListAsync(ApplicationStatus.Submitted, 1, 10)).Items.Single();
        Assert.Equal(ActorSpaceKit.RennesKey, application.ActorKey);
        var granted = Ok(await review.GrantAsync(application.Id, application.Version, "Alice", null));

        var entry = site.Get<Brand.Cms.Core.PublishedCache.PublishedContentCache>().Current.GetByKey(ActorSpaceKit.RennesKey, "fr")!;
        // The seeded label runs to 1 February 2028: the renewal starts the day after, so renewing early loses nothing.
        Assert.Equal(("CC-2026-0037", new DateOnly(2030, 2, 1)), (entry.Value<string>("labelNumber"), entry.Value<DateOnly?>("labelExpiresOn")));
        Assert.Equal("CC-2026-0037", granted.LabelNumber);
        Assert.Equal("Exemple — Atelier Numérique Rennais", entry.Name);
    }
}
