using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>Results, contact requests, their follow-up and the erasure of personal data, on both providers.</summary>
public abstract class ResultStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Engine _engine = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _engine = await Engine.StartAsync(_database, seed: true);
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Questionnaire French => Questionnaire.Read(_engine.Published.GetByRoute("/fr/autodiagnostic")!);

    private PublishedContent Rennes => _engine.Published.OfType("labelledActor", "fr").Single(a => a.Name == "Exemple — Atelier Numérique Rennais");

    private static ContactDetails Details(bool consent = true) =>
        new("Boulangerie Le Fournil", "Camille Martin", "camille@fournil.example", "02 99 00 00 00", "Nous voulons vendre en ligne.", consent);

    private async Task<SavedResult> SaveAsync(string department = "35")
    {
        var answers = SeededQuestionnaire.AnswersWorth(French, _ => 0);
        return Ok(await _engine.Get<DiagnosticResults>().SaveAsync(French, new DiagnosticSubmission("retail", "1-9", department, answers)));
    }

    [Fact]
    public async Task SaveAsync_Complete_StoresScoresAndRegion_FoundOnlyByItsToken()
    {
        var saved = await SaveAsync();

        var found = await _engine.Get<DiagnosticResults>().FindAsync(saved.Token);
        Assert.NotNull(found);
        Assert.Equal(("35", "53", 0), (found.Department, found.Region, found.Overall));
        Assert.Equal(6, found.Scores.Count);
        Assert.DoesNotContain(saved.Token, found.TokenHash, StringComparison.Ordinal);
        Assert.Null(await _engine.Get<DiagnosticResults>().FindAsync(saved.Token[..^1] + (saved.Token[^1] == 'A' ? 'B' : 'A')));
    }

    [Fact]
    public async Task SaveAsync_MissingAnswersAndUnknownDepartment_RefusedNamingEachField()
    {
        var answers = SeededQuestionnaire.AnswersWorth(French, _ => 100);
        var skipped = French.Questions.Last();
        answers.Remove(skipped.Key);

        var refused = await _engine.Get<DiagnosticResults>().SaveAsync(French, new DiagnosticSubmission("retail", null, "999", answers));

        Assert.Equal(OperationStatus.ValidationFailed, refused.Status);
        Assert.Equal([("sizeBand", "required"), ("department", "unknown"), (skipped.Key.ToString("N"), "required")],
            refused.Errors.Select(e => (e.Property, e.Code)));
    }

    [Fact]
    public async Task SendAsync_ToASuggestedActor_StoresTheRequestAndMailsTheActorWithReplyToTheBusiness()
    {
        var saved = await SaveAsync();

        var request = Ok(await _engine.Get<ContactRequests>().SendAsync(French, saved.Result, Rennes, Details()));

        Assert.Equal(ContactRequestStatus.New, request.Status);
        var mail = Assert.Single(Directory.GetFiles(_engine.Get<DataPaths>().MailPickup, "*.eml"));
        var text = await File.ReadAllTextAsync(mail);
        Assert.Contains("To: atelier-numerique-rennais@example.org", text, StringComparison.Ordinal);
        Assert.Contains("Reply-To: camille@fournil.example", text, StringComparison.Ordinal);
        Assert.Contains("Camille Martin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_MailServerDown_KeepsTheRequest_AndTheRetryMailsItOnce()
    {
        var saved = await SaveAsync();
        var requests = _engine.Get<ContactRequests>();
        var mail = _engine.Get<IOptions<MailOptions>>().Value;
        mail.SmtpHost = "127.0.0.1";
        mail.SmtpPort = 9; // the discard port: nothing listens, the connection is refused

        var request = Ok(await requests.SendAsync(French, saved.Result, Rennes, Details()));

        Assert.Null((await requests.FindAsync(request.Id))!.MailedAt);
        mail.SmtpHost = "";
        Assert.Equal(0, await requests.SendUnmailedAsync()); // its first attempt is too recent to be retried yet
        _engine.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await requests.SendUnmailedAsync());
        Assert.Equal(0, await requests.SendUnmailedAsync());
        Assert.NotNull((await requests.FindAsync(request.Id))!.MailedAt);
        var sent = Assert.Single(Directory.GetFiles(_engine.Get<DataPaths>().MailPickup, "*.eml"));
        Assert.Contains("To: atelier-numerique-rennais@example.org", await File.ReadAllTextAsync(sent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FromTheEnglishPage_MailsTheActorInFrench_WithoutPersonalDataInTheSubject()
    {
        var saved = await SaveAsync();
        var english = Questionnaire.Read(_engine.Published.GetByRoute("/en/self-assessment")!);

        Ok(await _engine.Get<ContactRequests>().SendAsync(english, saved.Result, Rennes, Details()));

        var message = MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(_engine.Get<DataPaths>().MailPickup, "*.eml")));
        Assert.Contains("Présence en ligne : 0/100", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Online presence", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("en anglais", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Camille", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Fournil", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_TheSameActorTwiceFromOneResult_IsAConflict_AndMailsOnce()
    {
        var saved = await SaveAsync();
        var requests = _engine.Get<ContactRequests>();
        Ok(await requests.SendAsync(French, saved.Result, Rennes, Details()));

        var again = await requests.SendAsync(French, saved.Result, Rennes, Details());

        Assert.Equal(OperationStatus.Conflict, again.Status);
        Assert.Single(await requests.ForResultAsync(saved.Result.Id));
        Assert.Single(Directory.GetFiles(_engine.Get<DataPaths>().MailPickup, "*.eml"));
    }

    [Theory]
    [InlineData("camille@fournil.example", true)]
    [InlineData("camille@fournil.example, autre@cible.example", false)]
    [InlineData("Camille <camille@fournil.example>", false)]
    [InlineData("camille@fournil", false)]
    [InlineData("camille fournil@example.fr", false)]
    public void Problems_Email_AcceptsOneAddressOnly(string email, bool valid) =>
        Assert.Equal(valid, !(Details() with { Email = email }).Problems().Any(p => p.Property == ContactDetails.EmailField));

    [Fact]
    public async Task SendAsync_ActorOutsideTheDepartmentOrNoConsent_Refused_NothingStored()
    {
        var saved = await SaveAsync(department: "13");
        var requests = _engine.Get<ContactRequests>();

        Assert.Equal(OperationStatus.NotAllowed, (await requests.SendAsync(French, saved.Result, Rennes, Details())).Status);
        var noConsent = await requests.SendAsync(French, saved.Result, Rennes, Details(consent: false));
        Assert.Equal("consent", Assert.Single(noConsent.Errors).Property);
        Assert.Empty(await requests.ForResultAsync(saved.Result.Id));
    }

    [Fact]
    public async Task FollowUpAsync_FromAStaleVersion_IsAConflict_AndTheFirstSaveStays()
    {
        var saved = await SaveAsync();
        var requests = _engine.Get<ContactRequests>();
        var request = Ok(await requests.SendAsync(French, saved.Result, Rennes, Details()));

        Ok(await requests.FollowUpAsync(request.Id, ContactRequestStatus.InProgress, "Appelée le lundi", request.Version, "alice"));
        var stale = await requests.FollowUpAsync(request.Id, ContactRequestStatus.Closed, "Autre note", request.Version, "bob");

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Contains("alice", stale.Message, StringComparison.Ordinal);
        var kept = (await requests.FindAsync(request.Id))!;
        Assert.Equal((ContactRequestStatus.InProgress, "Appelée le lundi"), (kept.Status, kept.FollowUpNote));
    }

    [Fact]
    public async Task EraseExpiredAsync_AfterTheRetentionPeriod_ErasesTheContactDetails_KeepsTheRequestAndTheResult()
    {
        var saved = await SaveAsync();
        var requests = _engine.Get<ContactRequests>();
        var request = Ok(await requests.SendAsync(French, saved.Result, Rennes, Details()));
        Ok(await requests.FollowUpAsync(request.Id, ContactRequestStatus.Closed, "Rappelée, devis envoyé", request.Version, "alice"));

        // Default retention: 180 days. One day before, nothing goes.
        _engine.Clock.Advance(TimeSpan.FromDays(179));
        Assert.Equal(0, await requests.EraseExpiredAsync());
        Assert.Equal("camille@fournil.example", (await requests.FindAsync(request.Id))!.Email);

        _engine.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await requests.EraseExpiredAsync());
        Assert.Equal(0, await requests.EraseExpiredAsync());

        var erased = (await requests.FindAsync(request.Id))!;
        Assert.Equal(_engine.Clock.GetUtcNow().UtcDateTime, erased.ErasedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.All(new[] { erased.BusinessName, erased.ContactName, erased.Email, erased.Phone, erased.Message, erased.FollowUpNote }, Assert.Null);
        Assert.Equal((ContactRequestStatus.Closed, "Exemple — Atelier Numérique Rennais"), (erased.Status, erased.ActorName));
        Assert.NotNull(await _engine.Get<DiagnosticResults>().FindAsync(saved.Token));
    }
}

public sealed class SqliteResultStorageTests() : ResultStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresResultStorageTests() : ResultStorageTests(DatabaseProvider.Postgres);
