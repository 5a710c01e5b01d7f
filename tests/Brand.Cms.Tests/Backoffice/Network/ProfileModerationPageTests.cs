using System.Globalization;
using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Network;

/// <summary>The moderation of the actors' own edits to their directory entries, over real HTTP, on both databases.</summary>
public sealed class ProfileModerationPageTests
{
    private const string Queue = "/backoffice/network/profile-edits";
    private const string Proposed = "Nous accompagnons désormais aussi les artisans du bâtiment dans leur passage au devis en ligne.";

    /// <summary>The Rennes connector of the seed.</summary>
    private static readonly Guid _actor = Guid.Parse("6b680ed8-06b5-4c3f-9efe-8e2f0925e468");

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Approve_ShowsTheChangeFieldByField_ThenPublishesTheProposedDescription(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (edit, publicUrl) = await ProposeAsync(server);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);

        var list = WebUtility.HtmlDecode(await manager.GetStringAsync(Queue));
        Assert.Contains($"href=\"{Queue}/{edit.Id}\"", list, StringComparison.Ordinal);
        Assert.Contains("1 en attente", list, StringComparison.Ordinal); // the menu's count
        var details = WebUtility.HtmlDecode(await manager.GetStringAsync($"{Queue}/{edit.Id}"));
        Assert.Contains("<th scope=\"row\">Présentation</th>", details, StringComparison.Ordinal);
        Assert.Contains(Proposed, details, StringComparison.Ordinal);
        Assert.DoesNotContain("La fiche a changé depuis", details, StringComparison.Ordinal);

        using (var approved = await manager.PostFormAsync($"{Queue}/{edit.Id}?handler=Approve", new() { ["version"] = Invariant(edit.Version) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            Assert.Equal(Queue, approved.Headers.Location?.OriginalString);
        }

        Assert.Contains(Proposed, WebUtility.HtmlDecode(await server.Http.GetStringAsync(publicUrl)), StringComparison.Ordinal);
        Assert.Equal(ProfileEditStatus.Approved, (await server.Get<ProfileEdits>().FindAsync(edit.Id))!.Status);
        Assert.Contains("Aucune modification en attente", WebUtility.HtmlDecode(await manager.GetStringAsync(Queue)), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "profileedit.approve" && a.Target == $"profileedit:{edit.Id}" && a.Outcome == AuditOutcome.Succeeded));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reject_WithoutAMessage_IsRefusedByTheField_ThenWithOne_LeavesTheEntryUnchanged(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var (edit, publicUrl) = await ProposeAsync(server);
        using var manager = await BackofficeSession.SignInAsync(server, Roles.NetworkManager);
        var details = $"{Queue}/{edit.Id}";

        using (var empty = await manager.PostFormAsync($"{details}?handler=Reject", new() { ["version"] = Invariant(edit.Version), ["message"] = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Contains("id=\"reject-message-error\">Écrivez à l'acteur pourquoi", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(ProfileEditStatus.Pending, (await server.Get<ProfileEdits>().FindAsync(edit.Id))!.Status);
        using (var rejected = await manager.PostFormAsync($"{details}?handler=Reject",
            new() { ["version"] = Invariant(edit.Version), ["message"] = "Le devis en ligne n'entre pas dans les spécialités du réseau." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }

        var stored = (await server.Get<ProfileEdits>().FindAsync(edit.Id))!;
        Assert.Equal(ProfileEditStatus.Rejected, stored.Status);
        Assert.DoesNotContain(Proposed, WebUtility.HtmlDecode(await server.Http.GetStringAsync(publicUrl)), StringComparison.Ordinal);

        // A second decision on the same proposal names who decided first.
        using var late = await manager.PostFormAsync($"{details}?handler=Approve", new() { ["version"] = Invariant(edit.Version) });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(manager.Email, WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Rennes connector proposes a new description, as its actor space would.</summary>
    private static async Task<(ProfileEdit Edit, string PublicUrl)> ProposeAsync(SiteServer server)
    {
        var published = server.Get<PublishedContentCache>().Current.GetByKey(_actor, "fr")!;
        var values = ProfileValues.From(published) with { Description = Proposed };
        var proposed = await server.Get<ProfileEdits>().ProposeAsync(_actor, "atelier-numerique-rennais@example.org", values, "fr");
        Assert.True(proposed.Succeeded, proposed.ToString() + string.Join("; ", proposed.Errors));
        return (proposed.Value!, published.Url!);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
