using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Tests.Infrastructure;
using RequestStore = Brand.Cms.Core.SelfDiagnostic.ContactRequests;

namespace Brand.Cms.Tests.Backoffice.ContactRequests;

/// <summary>Contact requests made through the engine as the public result page makes them: a result in Ille-et-Vilaine, then a request to an actor serving it.</summary>
internal static class SentRequests
{
    public static async Task<ContactRequest> SendAsync(SiteServer server, string contactName = "Camille Martin", string email = "camille.martin@example.fr")
    {
        var snapshot = server.Get<PublishedContentCache>().Current;
        var questionnaire = Questionnaire.Read(snapshot.GetByRoute("/fr/autodiagnostic")!);
        var profiles = server.Get<BusinessProfiles>();
        var answers = questionnaire.Questions.ToDictionary(q => q.Key, q => q.Answers[0].Key);
        var saved = await server.Get<DiagnosticResults>().SaveAsync(questionnaire,
            new DiagnosticSubmission(profiles.Sectors[0].Value, profiles.SizeBands[0].Value, "35", answers));
        Assert.True(saved.Succeeded, saved.Message);
        var result = saved.Value!.Result;
        var actor = snapshot.OfType(RequestStore.ActorType, "fr")
            .First(a => (a.Value<string[]>("departmentsServed") ?? []).Contains("35") && !string.IsNullOrWhiteSpace(a.Value<string>("email")));
        var sent = await server.Get<RequestStore>().SendAsync(questionnaire, result, actor,
            new ContactDetails("Boulangerie du Fournil", contactName, email, "02 99 00 00 00", "Nous voulons vendre nos pains en ligne.", Consent: true));
        Assert.True(sent.Succeeded, sent.Message);
        return sent.Value!;
    }
}
