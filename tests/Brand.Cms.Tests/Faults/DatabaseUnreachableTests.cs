using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Content;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.Network;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// The site on PostgreSQL through a <see cref="TcpGate"/>: the gate closes (connections cut, new ones refused)
/// as a database server going away would. Pages keep coming from the published cache, /health says Degraded
/// (200: the node stays in the load balancer), writes fail with one clear message and keep what was typed,
/// and when the gate opens again everything recovers, including writes made meanwhile by another node.
/// </summary>
public sealed partial class DatabaseUnreachableTests
{
    private const string TypedTitle = "Titre tapé pendant la panne";
    private const string TypedOrganisation = "Les Connecteurs de la panne";

    [Fact]
    public async Task DatabaseUnreachable_PagesServedHealthDegradedWritesFailClearly_ThenEverythingRecovers()
    {
        await using var database = PostgresTestDatabase.Create();
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var gate = new TcpGate(direct.Host!, direct.Port);
        var throughGate = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = gate.Port, Timeout = 3 };
        await using var site = new SiteServer(database, settings: new Dictionary<string, string?> { ["ConnectionStrings:Brand"] = throughGate.ConnectionString });
        Assert.True(gate.Forwarded > 0, "the site did not go through the gate");
        using var editor = await BackofficeSession.SignInAsync(site, Roles.Editor);
        var news = site.Get<PublishedContentCache>().Current.GetByRoute("/fr/actualites")!.Children.ToList();
        var (edited, changedElsewhere) = (news[0], news[1]);
        var form = (await ContentPages.FormAsync(editor, edited.Id, "fr")).Set("name.fr", TypedTitle);
        var token = await editor.TokenAsync("/backoffice"); // taken while the database answers, as the open editor page holds it

        await gate.CloseAsync();

        // Pages: from the published cache.
        Assert.Contains(edited.Name, await PageAsync(site, edited.Url!), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri("/fr", UriKind.Relative))).StatusCode);

        // Health: degraded, not down.
        var (status, health) = await HealthAsync(site);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var db = health.GetProperty("checks").GetProperty("database");
        Assert.Equal("Degraded", db.GetProperty("status").GetString());
        Assert.Contains("unreachable", db.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("published cache", db.GetProperty("description").GetString(), StringComparison.Ordinal);

        // A backoffice save: 503, the clear message, what was typed kept and sendable again.
        var saveUrl = $"/backoffice/content/{edited.Id}?handler=save&culture=fr";
        List<KeyValuePair<string, string>> sendAgain;
        using (var refused = await PostWithTokenAsync(editor, saveUrl, form.Fields, token))
        {
            var raw = await refused.Content.ReadAsStringAsync();
            var html = WebUtility.HtmlDecode(raw);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains(DatabaseUnavailable.Message, html, StringComparison.Ordinal);
            Assert.Contains($"name=\"name.fr\" value=\"{TypedTitle}\"", html, StringComparison.Ordinal);
            sendAgain = HiddenInput().Matches(raw).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        }

        // Passwords and sign-in tokens are not written back into the "send again" page; the person is told to retype them.
        KeyValuePair<string, string>[] passwords = [new("CurrentPassword", "Ancien-secret-de-panne"), new("NewPassword", "Nouveau-secret-de-panne"), new("ConfirmPassword", "Nouveau-secret-de-panne"), new("Token", "jeton-secret-de-panne")];
        using (var refused = await PostWithTokenAsync(editor, "/backoffice/account/change-password", passwords, token))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.DoesNotContain("secret-de-panne", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Les mots de passe et codes ne sont pas conservés", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        // A public form: the join page (from the cache) comes back with everything typed and the PDF kept.
        using (var refused = await JoinKit.PostAsync(site.Http, JoinKit.French, JoinKit.Fields(TypedOrganisation), ("statuts.pdf", JoinKit.Pdf)))
        {
            var html = JoinKit.Decoded(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains(DatabaseUnavailable.Message, html, StringComparison.Ordinal);
            Assert.Contains(TypedOrganisation, html, StringComparison.Ordinal);
            Assert.Single(JoinKit.StagedIds(html));
        }

        // Meanwhile another node, which still reaches the database, publishes a change.
        await using (var otherNode = await Engine.StartAsync(database))
        {
            var item = (await otherNode.Queries.GetAsync(changedElsewhere.Id))!;
            var draft = item.Draft.Clone();
            draft.Names["fr"] = "Publié par un autre nœud pendant la panne";
            Assert.True((await otherNode.Editor.SaveAsync(item.Id, item.Version, draft, "other-node")).Succeeded);
            Assert.True((await otherNode.Get<PublishingService>().PublishAsync(item.Id, ["fr"], "other-node")).Succeeded);
        }

        Assert.DoesNotContain("Publié par un autre nœud", await PageAsync(site, changedElsewhere.Url!), StringComparison.Ordinal);

        gate.Open();

        // Recovery: healthy again, the cache caught up with the other node's publish, and writes go through.
        await Polling.EventuallyAsync(async () => (await HealthAsync(site)).Body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString() == "Healthy"
            && (await PageAsync(site, changedElsewhere.Url!)).Contains("Publié par un autre nœud pendant la panne", StringComparison.Ordinal));
        // The 503 page's "Renvoyer" form, as the browser sends it (no action: back to the same address).
        using (var sentAgain = new FormUrlEncodedContent(sendAgain))
        using (var saved = await editor.Http.PostAsync(new Uri(saveUrl, UriKind.Relative), sentAgain))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(TypedTitle, (await site.Get<ContentQueries>().GetAsync(edited.Id))!.Draft.Names["fr"]);
        await JoinKit.ApplyAsync(site, "fr", TypedOrganisation, "camille@connecteurs-panne.example");
        await using var check = site.Get<IDbContextFactory<BrandDbContext>>().CreateDbContext();
        Assert.Equal(1, await check.LabelApplications.CountAsync(a => a.Organisation == TypedOrganisation)); // nothing half-stored during the outage
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(BackofficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields, string token)
    {
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await session.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    internal static async Task<string> PageAsync(SiteServer site, string url)
    {
        using var response = await site.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(SiteServer site)
    {
        using var response = await site.Http.GetAsync(new Uri("/health", UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
