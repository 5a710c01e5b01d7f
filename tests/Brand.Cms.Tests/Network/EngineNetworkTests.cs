using System.Globalization;
using Brand.Cms.Core;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using MimeKit;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Network;

/// <summary>The network's engine on both providers: grant, numbers, conflicts, links, reminders, moderation, statistics.</summary>
public abstract class EngineNetworkTests(DatabaseProvider provider) : IAsyncLifetime
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

    private ApplicationReview Review => _engine.Get<ApplicationReview>();

    private DateOnly Today => ParisCalendar.Today(_engine.Clock);

    private async Task<LabelApplication> SubmitAsync(ApplicationForm? form = null, Guid? renews = null) =>
        Ok(await _engine.Get<LabelApplications>().SubmitAsync(form ?? NetworkSamples.Volunteer(), "fr", null, "http://site.test", renews)).Application;

    private async Task<LabelApplication> GrantAsync(LabelApplication application) =>
        Ok(await Review.GrantAsync(application.Id, (await Review.FindAsync(application.Id))!.Version, "Alice Gestionnaire", "http://site.test"));

    /// <summary>The mails sent so far, in the order they were written (their names carry the test's frozen clock).</summary>
    private List<MimeMessage> Mails() =>
        Directory.Exists(_engine.Get<DataPaths>().MailPickup)
            ? new DirectoryInfo(_engine.Get<DataPaths>().MailPickup).GetFiles("*.eml").OrderBy(f => f.LastWriteTimeUtc).Select(f => MimeMessage.Load(f.FullName)).ToList()
            : [];

    [Fact]
    public async Task GrantAsync_PublishesTheEntryInEveryCulture_WithTheNextNumberAndTheValidityDates()
    {
        var granted = await GrantAsync(await SubmitAsync());

        Assert.Equal(ApplicationStatus.Granted, granted.Status);
        // The seed's highest 2026 number is CC-2026-0177: the network carries on from there.
        Assert.Equal("CC-2026-0178", granted.LabelNumber);
        Assert.Equal(Today, granted.LabelGrantedOn);
        Assert.Equal(Today.AddMonths(24).AddDays(-1), granted.LabelExpiresOn);
        foreach (var culture in new[] { "fr", "en" })
        {
            var entry = _engine.Published.GetByKey(granted.ActorKey!.Value, culture);
            Assert.NotNull(entry);
            Assert.Equal("Les Connecteurs de Vilaine", entry.Name);
            Assert.Equal("CC-2026-0178", entry.Value<string>("labelNumber"));
            Assert.Equal(granted.LabelExpiresOn, entry.Value<DateOnly?>("labelExpiresOn"));
            Assert.Equal(["35", "22"], entry.Value<string[]>("departmentsServed")!);
            Assert.Equal(["53"], entry.Value<string[]>("regionsServed")!);
            Assert.NotNull(entry.Value("location"));
        }

        var history = (await Review.FindAsync(granted.Id))!.Events.Select(e => e.To).ToList();
        Assert.Equal([ApplicationStatus.Submitted, ApplicationStatus.Granted], history);
        var welcome = Mails().Last();
        Assert.Equal("camille@connecteurs-vilaine.example", welcome.To.Mailboxes.Single().Address);
        Assert.Contains("CC-2026-0178", welcome.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Vilaine", welcome.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantAsync_TwoAtOnce_EachGetsItsOwnNumber()
    {
        var first = await SubmitAsync();
        var second = await SubmitAsync(NetworkSamples.Volunteer("Numérique en Penthièvre", "contact@penthievre.example"));

        var granted = await Task.WhenAll(GrantAsync(first), GrantAsync(second));

        Assert.Equal(["CC-2026-0178", "CC-2026-0179"], granted.Select(g => g.LabelNumber).Order());
        Assert.NotEqual(granted[0].ActorKey, granted[1].ActorKey);
    }

    [Fact]
    public async Task Decisions_OnAStaleVersion_AreConflictsThatNameWhoChangedIt_AndChangeNothing()
    {
        var application = await SubmitAsync();
        Ok(await Review.StartReviewAsync(application.Id, application.Version, "Alice Gestionnaire"));

        var stale = await Review.GrantAsync(application.Id, application.Version, "Bruno Gestionnaire", null);

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Contains("Alice Gestionnaire", stale.Message, StringComparison.Ordinal);
        var now = (await Review.FindAsync(application.Id))!;
        Assert.Equal((ApplicationStatus.UnderReview, null), (now.Status, now.ActorKey));
        Assert.DoesNotContain(_engine.Published.OfType("labelledActor", "fr"), a => a.Name == "Les Connecteurs de Vilaine");
    }

    [Fact]
    public async Task RequestInformation_NeedsAMessage_MailsANewLink_AndTheOldOneStopsWorking()
    {
        var applications = _engine.Get<LabelApplications>();
        var submitted = Ok(await applications.SubmitAsync(NetworkSamples.Volunteer(), "fr", null, null));

        var empty = await Review.RequestInformationAsync(submitted.Application.Id, submitted.Application.Version, "  ", "Alice", null);
        Assert.Equal(OperationStatus.ValidationFailed, empty.Status);

        Ok(await Review.RequestInformationAsync(submitted.Application.Id, submitted.Application.Version, "Pouvez-vous détailler vos références ?", "Alice", null));

        Assert.Null(await applications.FindAsync(submitted.Token));
        var mail = Mails().Last();
        Assert.Contains("> Pouvez-vous détailler vos références ?", mail.TextBody, StringComparison.Ordinal);
        var applicant = (await Review.FindAsync(submitted.Application.Id))!;
        Assert.Equal([ApplicationStatus.Submitted, ApplicationStatus.InformationRequested], applicant.Events.Select(e => e.To));
        Assert.Equal(("Alice", "Pouvez-vous détailler vos références ?", true), (applicant.Events[^1].By, applicant.Events[^1].Message, applicant.Events[^1].SharedWithApplicant));
    }

    [Fact]
    public async Task ReplyAsync_OnlyWhenInformationWasAsked_PutsTheApplicationBackUnderReview()
    {
        var applications = _engine.Get<LabelApplications>();
        var submitted = Ok(await applications.SubmitAsync(NetworkSamples.Volunteer(), "fr", null, null));
        Assert.Equal(OperationStatus.NotAllowed, (await applications.ReplyAsync(submitted.Token, "Voici", [])).Status);

        // The new link comes by mail only, as the applicant gets it.
        var asked = Ok(await Review.RequestInformationAsync(submitted.Application.Id, submitted.Application.Version, "Et vos références ?", "Alice", "http://site.test"));
        var token = TokenIn(Mails().Last());

        var replied = Ok(await applications.ReplyAsync(token, "Trente commerces accompagnés, liste jointe.", []));

        Assert.Equal(ApplicationStatus.UnderReview, replied.Status);
        Assert.Equal(asked.Version + 1, replied.Version);
        var last = (await applications.FindAsync(token))!.Events.Last();
        Assert.Equal((ApplicationEvent.ApplicantActor, "Trente commerces accompagnés, liste jointe."), (last.By, last.Message));
    }

    [Fact]
    public async Task RenewalReminder_ThirtyDaysBefore_OncePerExpiry_ThenTheLabelExpires()
    {
        var granted = await GrantAsync(await SubmitAsync());
        var renewals = _engine.Get<LabelRenewals>();
        var expires = granted.LabelExpiresOn!.Value;
        var before = Mails().Count;

        _engine.Clock.SetUtcNow(new DateTimeOffset(expires.AddDays(-31).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.Equal(0, await renewals.SendDueAsync());

        _engine.Clock.SetUtcNow(new DateTimeOffset(expires.AddDays(-30).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.Equal(1, await renewals.SendDueAsync());
        Assert.Equal(0, await renewals.SendDueAsync());

        var reminder = Mails().Skip(before).Single(m => m.To.Mailboxes.Any(a => a.Address == "camille@connecteurs-vilaine.example"));
        Assert.Contains(expires.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")), reminder.TextBody, StringComparison.Ordinal);

        // A renewal granted now moves the date on from the current end, so renewing early loses no day:
        // the same entry, the same number, reminded again next time.
        var renewal = await GrantAsync(await SubmitAsync(renews: granted.ActorKey));
        Assert.Equal((granted.ActorKey, granted.LabelNumber), (renewal.ActorKey, renewal.LabelNumber));
        Assert.Equal(expires.AddDays(1).AddMonths(24).AddDays(-1), renewal.LabelExpiresOn);
        Assert.Equal(renewal.LabelExpiresOn, _engine.Published.GetByKey(granted.ActorKey!.Value, "fr")!.Value<DateOnly?>("labelExpiresOn"));
        _engine.Clock.SetUtcNow(new DateTimeOffset(renewal.LabelExpiresOn!.Value.AddDays(-10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.Equal(1, await renewals.SendDueAsync());
    }

    [Fact]
    public async Task SignInLink_WorksOnce_ForItsLifetime_AndAnUnknownAddressGetsNoMail()
    {
        var granted = await GrantAsync(await SubmitAsync());
        var signIn = _engine.Get<ActorSignIn>();
        var before = Mails().Count;

        Assert.Equal(0, await signIn.RequestLinkAsync("personne@nulle-part.example", "fr", null));
        Assert.Equal(before, Mails().Count);

        Assert.Equal(1, await signIn.RequestLinkAsync("Camille@Connecteurs-Vilaine.example", "fr", null));
        var token = TokenIn(Mails().Last());
        var identity = await signIn.RedeemAsync(token);
        Assert.Equal(granted.ActorKey, identity?.ActorKey);
        Assert.Null(await signIn.RedeemAsync(token));

        await signIn.RequestLinkAsync("camille@connecteurs-vilaine.example", "fr", null);
        var late = TokenIn(Mails().Last());
        _engine.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await signIn.RedeemAsync(late));
    }

    [Fact]
    public async Task ProfileEdit_WaitsForModeration_ThenApprovalPublishesIt()
    {
        var granted = await GrantAsync(await SubmitAsync());
        var key = granted.ActorKey!.Value;
        var edits = _engine.Get<ProfileEdits>();
        var proposed = ProfileValues.From(_engine.Published.GetByKey(key, "fr")!) with { Description = "Nouvelle présentation : ateliers mensuels à Rennes." };

        var invalid = await edits.ProposeAsync(key, "camille@connecteurs-vilaine.example", proposed with { Postcode = "35" }, "fr");
        Assert.Equal(OperationStatus.ValidationFailed, invalid.Status);
        Assert.Contains(invalid.Errors, e => e.Property == ApplicationForm.PostcodeField);

        var first = Ok(await edits.ProposeAsync(key, "camille@connecteurs-vilaine.example", proposed with { City = "Rennes (brouillon)" }, "fr"));
        var edit = Ok(await edits.ProposeAsync(key, "camille@connecteurs-vilaine.example", proposed, "fr"));
        Assert.Equal(ProfileEditStatus.Superseded, (await edits.FindAsync(first.Id))!.Status);
        Assert.Equal([edit.Id], (await edits.PendingAsync()).Select(e => e.Id));
        Assert.StartsWith("Bénévoles d'Ille-et-Vilaine", _engine.Published.GetByKey(key, "fr")!.Value<string>("description"), StringComparison.Ordinal);

        Assert.Equal(OperationStatus.Conflict, (await edits.ApproveAsync(first.Id, first.Version, "Alice")).Status);
        Ok(await edits.ApproveAsync(edit.Id, edit.Version, "Alice"));

        Assert.Equal("Nouvelle présentation : ateliers mensuels à Rennes.", _engine.Published.GetByKey(key, "fr")!.Value<string>("description"));
        // Only the culture the actor wrote in changes; the English text stays for a translator.
        Assert.StartsWith("Bénévoles d'Ille-et-Vilaine", _engine.Published.GetByKey(key, "en")!.Value<string>("description"), StringComparison.Ordinal);
        Assert.Empty(await edits.PendingAsync());
    }

    [Fact]
    public async Task Statistics_CountActorsApplicationsAndTimeToDecision()
    {
        var granted = await SubmitAsync();
        var refused = await SubmitAsync(NetworkSamples.Volunteer("Numérique en Penthièvre", "contact@penthievre.example"));
        await SubmitAsync(NetworkSamples.Volunteer("Troisième", "trois@example.org"));
        _engine.Clock.Advance(TimeSpan.FromDays(4));
        await GrantAsync(granted);
        _engine.Clock.Advance(TimeSpan.FromDays(6));
        Ok(await Review.RefuseAsync(refused.Id, refused.Version, "Hors du périmètre du label.", "Alice", null));
        var seeded = _engine.Published.OfType("labelledActor", "fr").Count(a => !(a.Value<DateOnly?>("labelExpiresOn") < ParisCalendar.Today(_engine.Clock)));

        var figures = await _engine.Get<NetworkStatistics>().ComputeAsync("fr");

        Assert.Equal(seeded, figures.ActiveActors);
        Assert.Equal(figures.ActiveActors, figures.ActorsByKind.Sum(k => k.Count));
        Assert.Contains(figures.ActorsByKind, k => k is { Value: ActorKinds.Volunteer, Label: "Connecteur bénévole" });
        Assert.Equal((1, 1, 1), (Count(ApplicationStatus.Submitted), Count(ApplicationStatus.Granted), Count(ApplicationStatus.Refused)));
        Assert.Equal(3, figures.ApplicationsPerMonth.Sum(m => m.Submitted));
        Assert.Equal((1, 1), (figures.ApplicationsPerMonth.Sum(m => m.Granted), figures.ApplicationsPerMonth.Sum(m => m.Refused)));
        Assert.Equal(12, figures.ApplicationsPerMonth.Count);
        Assert.Equal(2, figures.TimeToDecision.Decided);
        Assert.Equal(4.0, figures.TimeToDecision.MedianDays);
        Assert.Equal(7.0, figures.TimeToDecision.AverageDays);
        Assert.Equal(10.0, figures.TimeToDecision.NinetiethPercentileDays);

        int Count(ApplicationStatus status) => figures.ApplicationsByStatus.Single(s => s.Value == status.ToString()).Count;
    }

    [Fact]
    public async Task EraseClosedAsync_AYearAfterARefusal_DeletesTheApplicationAndItsFiles_KeepsGrantedOnes()
    {
        var pdf = Ok(await _engine.Get<ApplicationDocuments>().StageAsync(new MemoryStream("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray()), "attestation.pdf"));
        var refused = await SubmitAsync(NetworkSamples.Volunteer() with { Documents = [pdf] });
        var granted = await GrantAsync(await SubmitAsync(NetworkSamples.Volunteer("Numérique en Penthièvre", "contact@penthievre.example")));
        Ok(await Review.RefuseAsync(refused.Id, refused.Version, "Hors du périmètre du label.", "Alice", null));
        var stored = (await Review.FindAsync(refused.Id))!.Documents.Single();
        Assert.NotNull(_engine.Get<ApplicationDocuments>().Open(stored));

        _engine.Clock.Advance(TimeSpan.FromDays(364));
        Assert.Equal(0, await _engine.Get<LabelApplications>().EraseClosedAsync());
        _engine.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _engine.Get<LabelApplications>().EraseClosedAsync());

        Assert.Null(await Review.FindAsync(refused.Id));
        Assert.Null(_engine.Get<ApplicationDocuments>().Open(stored));
        Assert.NotNull(await Review.FindAsync(granted.Id));
    }

    [Fact]
    public async Task SubmitAsync_TheSameStagedFilesTwice_MakesOneApplication()
    {
        var pdf = Ok(await _engine.Get<ApplicationDocuments>().StageAsync(new MemoryStream("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray()), "kbis.pdf"));
        var form = NetworkSamples.Volunteer() with { Documents = [pdf] };
        var applications = _engine.Get<LabelApplications>();

        var both = await Task.WhenAll(applications.SubmitAsync(form, "fr", null, null), applications.SubmitAsync(form, "fr", null, null));

        Assert.Equal([OperationStatus.Success, OperationStatus.Conflict], both.Select(r => r.Status).Order());
        var stored = (await Review.ListAsync(null, 1, 10)).Items.Single();
        Assert.Equal("kbis.pdf", (await Review.FindAsync(stored.Id))!.Documents.Single().FileName);
    }

    [Fact]
    public async Task ApproveAsync_WhenTheEntryHasUnpublishedChanges_RefusesRatherThanPublishThem()
    {
        var granted = await GrantAsync(await SubmitAsync());
        var key = granted.ActorKey!.Value;
        var edits = _engine.Get<ProfileEdits>();
        var edit = Ok(await edits.ProposeAsync(key, "camille@connecteurs-vilaine.example",
            ProfileValues.From(_engine.Published.GetByKey(key, "fr")!) with { City = "Saint-Malo" }, "fr"));
        var item = (await _engine.Queries.GetByKeyAsync(key))!;
        var draft = item.Draft.Clone();
        draft.Set("phone", "", "02 99 99 99 99");
        Ok(await _engine.Editor.SaveAsync(item.Id, item.Version, draft, "Bruno Éditeur"));

        var refused = await edits.ApproveAsync(edit.Id, edit.Version, "Alice");

        Assert.Equal(OperationStatus.NotAllowed, refused.Status);
        Assert.Contains("Bruno Éditeur", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Rennes", _engine.Published.GetByKey(key, "fr")!.Value<string>("city"));
        Assert.Equal(ProfileEditStatus.Pending, (await edits.FindAsync(edit.Id))!.Status);
    }

    private static string TokenIn(MimeMessage mail)
    {
        var link = mail.TextBody!.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("http", StringComparison.Ordinal));
        return link[(link.LastIndexOf('/') + 1)..];
    }
}

public sealed class SqliteEngineNetworkTests() : EngineNetworkTests(DatabaseProvider.Sqlite);

public sealed class PostgresEngineNetworkTests() : EngineNetworkTests(DatabaseProvider.Postgres);
