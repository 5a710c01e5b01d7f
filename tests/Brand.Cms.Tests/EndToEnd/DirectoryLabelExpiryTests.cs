using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.PublicApi.GraphQL;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// An expired label drops out of the default directory, on the site and in GraphQL, and is shown as such when
/// asked for; an actor without a label date (a volunteer) stays. Real HTTP, both databases, on a fixed day.
/// </summary>
public sealed partial class DirectoryLabelExpiryTests
{
    /// <summary>23 November 2026, midday in Paris: the seed has labels expired before it and valid after it.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ExpiredLabel_IsHiddenByDefault_ShownWhenAskedWithItsBadge_AndUndatedVolunteersStay(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, new FakeTimeProvider(Now));
        var folder = await ReadyAsync(server);
        var expired = Actors(server).First(a => a.Value<DateOnly?>("labelExpiresOn") < Today && a.Value<string>("kind") == "labelledConnector");
        var volunteer = await UndateAsync(server, Actors(server).First(a => a.Value<string>("kind") == "volunteerConnector" && a.Value<DateOnly?>("labelExpiresOn") >= Today));
        var shown = Actors(server).Where(a => !(a.Value<DateOnly?>("labelExpiresOn") < Today)).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

        var listed = await ListedNamesAsync(server, folder.Url!);
        Assert.Equal(shown, listed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(expired.Name, listed);
        Assert.Contains(volunteer.Name, listed);
        var first = await PageAsync(server, folder.Url!);
        Assert.Contains($"{shown.Count} acteurs trouvés", first, StringComparison.Ordinal);
        var hidden = Actors(server).Count - shown.Count;
        Assert.Contains("Les acteurs dont le label a expiré sont masqués par défaut.", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{folder.Url}?label=expired\">Voir les {hidden} acteurs au label expiré</a>", first, StringComparison.Ordinal);
        // The default view is no filter: no tag to remove, no "clear filters", and search engines may index it.
        Assert.DoesNotContain("Filtres appliqués", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Effacer les filtres", first, StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", first, StringComparison.Ordinal);
        // The box still counts the expired ones.
        Assert.Matches($@"Label expiré\s*<span class=""cc-facet-count"">\({hidden}\)</span>", first);

        var asked = await PageAsync(server, folder.Url + "?label=expired");
        Assert.Contains(expired.Name, await ListedNamesAsync(server, folder.Url + "?label=expired"));
        Assert.Contains($"{hidden} acteurs trouvés", asked, StringComparison.Ordinal);
        Assert.Matches(ExpiredBadge(), asked);
        Assert.DoesNotMatch(ValidBadge(), asked);
        Assert.DoesNotContain("masqués par défaut", asked, StringComparison.Ordinal);
        Assert.Contains("Retirer le filtre </span>Label expiré", asked, StringComparison.Ordinal);
        Assert.Matches(ExpiredBadge(), await PageAsync(server, expired.Url!));

        var english = await PageAsync(server, folder.InCulture("en")!.Url!);
        Assert.Contains("Actors whose label has expired are hidden by default.", english, StringComparison.Ordinal);
        Assert.Contains($"See the {hidden} actors with an expired label", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GraphQL_Directory_LeavesExpiredOutUnlessAsked_AndLabelStatusSaysWhy(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database, new FakeTimeProvider(Now));
        await ReadyAsync(server);
        var expired = Actors(server).First(a => a.Value<DateOnly?>("labelExpiresOn") < Today);
        var valid = Actors(server).First(a => a.Value<DateOnly?>("labelExpiresOn") >= Today);
        var volunteer = await UndateAsync(server, Actors(server).First(a => a.Value<string>("kind") == "volunteerConnector" && a.Value<DateOnly?>("labelExpiresOn") >= Today));

        var data = (await server.Http.PostAsync("""
            { directory(first: 100) { totalCount nodes { name labelStatus } facets { name values { value count } } }
              expired: directory(first: 100, label: [EXPIRED]) { nodes { name labelStatus } }
              labelledActors(first: 100) { nodes { name labelStatus } } }
            """)).Ok();

        var byDefault = Statuses(data["directory"]!);
        Assert.DoesNotContain(expired.Name, byDefault.Keys);
        Assert.Equal("NONE", byDefault[volunteer.Name]);
        Assert.Equal("VALID", byDefault[valid.Name]);
        Assert.All(byDefault.Values, s => Assert.NotEqual("EXPIRED", s));
        var counts = data["directory"]!["facets"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "labelExpiresOn")!["values"]!.AsArray()
            .ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>());
        Assert.Equal(Actors(server).Count(a => a.Value<DateOnly?>("labelExpiresOn") < Today), counts[IndexSchema.Past]);
        Assert.Equal(1, counts[IndexSchema.Undated]);

        Assert.Equal("EXPIRED", Statuses(data["expired"]!)[expired.Name]);
        var all = Statuses(data["labelledActors"]!);
        Assert.Equal("EXPIRED", all[expired.Name]);
        Assert.Equal("NONE", all[volunteer.Name]);
        Assert.Equal(Actors(server).Count, all.Count);
    }

    private static Dictionary<string, string> Statuses(JsonNode connection) =>
        connection["nodes"]!.AsArray().ToDictionary(n => n!["name"]!.GetValue<string>(), n => n!["labelStatus"]!.GetValue<string>());

    private static List<PublishedContent> Actors(SiteServer server) =>
        server.Get<PublishedContentCache>().Current.SiteRoot("fr")!.Descendants.Where(c => c.ContentType == "labelledActor").ToList();

    /// <summary>Waits for the index with the seeded actors; returns the directory folder.</summary>
    private static async Task<PublishedContent> ReadyAsync(SiteServer server)
    {
        var search = server.Get<SearchService>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (search.Search(new SearchRequest { Culture = "fr", ContentTypes = ["labelledActor"], Take = 1 }) is not { Available: true, Total: > 0 })
        {
            Assert.True(DateTime.UtcNow < deadline, "The search index did not open.");
            await Task.Delay(50);
        }

        return server.Get<PublishedContentCache>().Current.SiteRoot("fr")!.Descendants.First(c => c.ContentType == "actorsFolder");
    }

    /// <summary>Removes the actor's label dates, as for a volunteer who never had one, and waits for the index to know.</summary>
    private static async Task<PublishedContent> UndateAsync(SiteServer server, PublishedContent actor)
    {
        var item = (await server.Get<ContentQueries>().GetAsync(actor.Id))!;
        var data = item.Draft.Clone();
        data.Set("labelExpiresOn", DocumentData.Invariant, null);
        data.Set("labelGrantedOn", DocumentData.Invariant, null);
        SiteTree.Ok(await server.Get<ContentEditor>().SaveAsync(item.Id, item.Version, data, "e2e"));
        SiteTree.Ok(await server.Get<PublishingService>().PublishAsync(item.Id, null, "e2e"));
        var search = server.Get<SearchService>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (search.Search(new SearchRequest
        {
            Culture = "fr",
            ContentTypes = ["labelledActor"],
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["labelExpiresOn"] = [IndexSchema.Undated] },
        }).Total == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The index never saw the change.");
            await Task.Delay(50);
        }

        return actor;
    }

    private static async Task<string> PageAsync(SiteServer server, string url)
    {
        using var response = await server.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The actors' names on every page of a directory list.</summary>
    private static async Task<List<string>> ListedNamesAsync(SiteServer server, string url)
    {
        var names = new List<string>();
        for (var page = 1; page < 10; page++)
        {
            var html = await PageAsync(server, page == 1 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"page={page}");
            var found = CardTitle().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();
            if (found.Count == 0 || names.Contains(found[0]))
            {
                break;
            }

            names.AddRange(found);
        }

        return names;
    }

    [GeneratedRegex("""<h3 class="fr-card__title"><a[^>]*>([^<]+)</a>""")]
    private static partial Regex CardTitle();

    [GeneratedRegex("""<p class="fr-badge fr-badge--sm fr-badge--error fr-badge--no-icon">Label expiré</p>|<p class="fr-badge fr-badge--error fr-badge--no-icon">Label expiré</p>""")]
    private static partial Regex ExpiredBadge();

    [GeneratedRegex("""fr-badge--success fr-badge--no-icon">Label valide<""")]
    private static partial Regex ValidBadge();
}
