using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RequestStore = Brand.Cms.Core.SelfDiagnostic.ContactRequests;

namespace Brand.Cms.Tests.Backoffice.ContactRequests;

/// <summary>The network managers' list and follow-up of the self-diagnostic's contact requests, on both databases.</summary>
public sealed partial class ContactRequestFollowUpTests
{
    private const string List = "/backoffice/contact-requests";

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task List_NetworkManager_SeesTheRequestWithItsContactName_AndAWriterIsRefused(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var request = await SentRequests.SendAsync(server, "Camille Martin");
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);

        var list = WebUtility.HtmlDecode(await manager.GetStringAsync(List));
        Assert.Contains("Camille Martin", list, StringComparison.Ordinal);
        Assert.Contains("Boulangerie du Fournil", list, StringComparison.Ordinal);
        Assert.Contains(request.ActorName, list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{List}/{request.Id}\"", list, StringComparison.Ordinal);
        Assert.Contains("Nouvelle (1)", list, StringComparison.Ordinal);
        Assert.Contains("1 nouvelle", list, StringComparison.Ordinal); // the menu's count

        using var refused = await writer.GetAsync(List);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Camille Martin", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{List}\"", await writer.GetStringAsync("/backoffice"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FollowUp_InProgressWithANote_ShowsInTheListAndTheDetails_AndIsAudited(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var request = await SentRequests.SendAsync(server, "Camille Martin", "camille.martin@example.fr");
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var details = $"{List}/{request.Id}";

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(details));
        Assert.Contains("camille.martin@example.fr", page, StringComparison.Ordinal);
        Assert.Contains("Nous voulons vendre nos pains en ligne.", page, StringComparison.Ordinal);
        Assert.Contains("Score global", page, StringComparison.Ordinal);

        using (var saved = await FollowUpAsync(manager, details, "InProgress", "Premier rendez-vous fixé au 12 janvier.", VersionIn(page)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(List, saved.Headers.Location?.OriginalString);
        }

        var list = WebUtility.HtmlDecode(await manager.GetStringAsync(List));
        Assert.Contains("suivi de la demande", list, StringComparison.Ordinal); // the flash message
        Assert.Matches(new Regex("fr-badge--info\">En cours<"), list);
        Assert.Contains($"par {await ActorOfAsync(server, manager)}", list, StringComparison.Ordinal);
        Assert.Contains("Camille Martin", WebUtility.HtmlDecode(await manager.GetStringAsync(List + "?status=InProgress")), StringComparison.Ordinal);
        Assert.DoesNotContain("Camille Martin", WebUtility.HtmlDecode(await manager.GetStringAsync(List + "?status=New")), StringComparison.Ordinal);

        var after = WebUtility.HtmlDecode(await manager.GetStringAsync(details));
        Assert.Contains("Premier rendez-vous fixé au 12 janvier.</textarea>", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"InProgress\" selected=\"selected\">En cours</option>", after, StringComparison.Ordinal);

        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Contains(await db.Audit.Where(a => a.Action == "contactrequest.followup").ToListAsync(),
            a => a.Target == $"contactrequest:{request.Id}" && a.Outcome == AuditOutcome.Succeeded && a.Before == "New" && a.After == "InProgress");
        // Opening the details is journalled too (who saw the business's contact details), without the details themselves.
        var reads = await db.Audit.Where(a => a.Action == "contactrequest.read" && a.Target == $"contactrequest:{request.Id}").ToListAsync();
        Assert.NotEmpty(reads);
        Assert.DoesNotContain(reads, a => (a.Detail ?? "").Contains("camille", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FollowUp_FromAStalePage_IsRefusedNamingWhoSavedFirst_AndKeepsWhatWasTyped(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var request = await SentRequests.SendAsync(server);
        using var first = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        using var second = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var details = $"{List}/{request.Id}";
        var firstVersion = VersionIn(await first.GetStringAsync(details));
        var secondVersion = VersionIn(await second.GetStringAsync(details));

        using (var saved = await FollowUpAsync(first, details, "Closed", "Accompagnement terminé.", firstVersion))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var stale = await FollowUpAsync(second, details, "NoFollowUp", "L'acteur n'a jamais rappelé.", secondVersion);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Suivi non enregistré", html, StringComparison.Ordinal);
        Assert.Contains(first.Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("L'acteur n'a jamais rappelé.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"NoFollowUp\" selected=\"selected\">", html, StringComparison.Ordinal);
        var stored = (await server.Get<RequestStore>().FindAsync(request.Id))!;
        Assert.Equal(ContactRequestStatus.Closed, stored.Status);
        Assert.Equal("Accompagnement terminé.", stored.FollowUpNote);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Details_OfARequestPastItsRetention_SayErasedAndShowNoEmailAddress(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, clock, settings: new Dictionary<string, string?> { ["SelfDiagnostic:ContactRetention"] = "30.00:00:00" });
        var request = await SentRequests.SendAsync(server, "Dominique Petit", "dominique.petit@example.fr");
        var details = $"{List}/{request.Id}";
        using (var before = await BackofficeSession.SignInAsync(server, Roles.NetworkManager))
        {
            Assert.Contains("dominique.petit@example.fr", await before.GetStringAsync(details), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromDays(31));
        await server.Get<RequestStore>().EraseExpiredAsync();
        // Signed in after the clock moved: a session from before would have expired with it.
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(details));
        var list = WebUtility.HtmlDecode(await manager.GetStringAsync(List));
        Assert.Contains("Effacées le 02/04/2026", page, StringComparison.Ordinal);
        Assert.Contains("effacées le 02/04/2026", list, StringComparison.Ordinal);
        foreach (var html in new[] { page, list })
        {
            Assert.DoesNotContain("dominique.petit@example.fr", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Dominique Petit", html, StringComparison.Ordinal);
            Assert.DoesNotContain("mailto:", html, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> FollowUpAsync(BackofficeSession session, string url, string status, string note, int version) =>
        await session.PostFormAsync(url, new()
        {
            ["status"] = status,
            ["note"] = note,
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
        });

    private static int VersionIn(string html) =>
        int.Parse(VersionField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No version field."), CultureInfo.InvariantCulture);

    /// <summary>How the audit log and the follow-up name a signed-in user.</summary>
    private static async Task<string> ActorOfAsync(SiteServer server, BackofficeSession session)
    {
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == session.Email);
        return user.Actor;
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
