using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;
using static Brand.Cms.Tests.PublicApi.OpenData.OpenDataFiles;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>
/// The files follow publishing: drafts and unpublished items never appear, and the validators move exactly when
/// a file changes. Its own site, since these tests publish.
/// </summary>
public sealed class OpenDataPublishingTests(OpenDataSite site) : IClassFixture<OpenDataSite>
{
    private ContentEditor Editor => site.Site.Get<ContentEditor>();
    private PublishingService Publishing => site.Site.Get<PublishingService>();

    [Fact]
    public async Task Actor_DraftThenPublishedThenUnpublished_AppearsOnlyWhilePublished_AndMovesTheValidators()
    {
        var name = "Agence Numérique du Test " + Guid.NewGuid().ToString("N")[..6];
        var before = await HeadAsync("actors.csv");

        var actor = Ok(await Editor.CreateAsync(new NewContent("labelledActor", Folder("/fr/annuaire"), Actor(name), "alice")));
        var draft = await HeadAsync("actors.csv");
        Assert.DoesNotContain(name, await site.Http.GetStringAsync(new Uri("/open-data/actors.csv", UriKind.Relative)), StringComparison.Ordinal);
        // A draft changes nothing public: the files, and so their validators, are the same.
        Assert.Equal(before.ETag, draft.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync("actors.csv", before)).StatusCode);

        Ok(await Publishing.PublishAsync(actor.Id, null, "alice"));
        var published = await HeadAsync("actors.csv");
        var csv = await CsvAsync(site.Http, "actors");
        Assert.Equal(name, csv.Row(actor.Key, "name_fr"));
        Assert.Equal("contact@agence-du-test.example.org", csv.Row(actor.Key, "email"));
        Assert.NotEqual(before.ETag, published.ETag);
        Assert.True(published.LastModified > before.LastModified);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync("actors.csv", before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync("actors.csv", before with { ETag = null })).StatusCode);
        Assert.Contains(name, await site.Http.GetStringAsync(new Uri("/open-data/actors.json", UriKind.Relative)), StringComparison.Ordinal);

        Ok(await Publishing.UnpublishAsync(actor.Id, null, "alice"));
        var unpublished = await HeadAsync("actors.csv");
        Assert.DoesNotContain(csv.Row(actor.Key, "id"), await site.Http.GetStringAsync(new Uri("/open-data/actors.csv", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await site.Http.GetStringAsync(new Uri("/open-data/actors.json", UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotEqual(published.ETag, unpublished.ETag);
        // A removed row has no date of its own: Last-Modified still moves, or If-Modified-Since would hide the removal.
        Assert.True(unpublished.LastModified > published.LastModified);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync("actors.csv", published with { ETag = null })).StatusCode);
    }

    [Fact]
    public async Task Actor_PublishedUnderAnUnpublishedFolder_NeverAppears()
    {
        var folderData = Docs.Named("Annuaire caché", "Hidden directory").With("intro", "fr", "Pas encore public.").With("intro", "en", "Not public yet.");
        var folder = Ok(await Editor.CreateAsync(new NewContent("actorsFolder", site.Published.SiteRoot("fr")!.Id, folderData, "alice")));
        var name = "Agence sous un dossier caché " + Guid.NewGuid().ToString("N")[..6];
        var actor = Ok(await Editor.CreateAsync(new NewContent("labelledActor", folder.Id, Actor(name), "alice")));

        Ok(await Publishing.PublishAsync(actor.Id, null, "alice"));

        foreach (var file in new[] { "actors.csv", "actors.json", "indicators.csv" })
        {
            var text = await site.Http.GetStringAsync(new Uri($"/open-data/{file}", UriKind.Relative));
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(actor.Key.ToString("D"), text, StringComparison.Ordinal);
        }

        Assert.Equal(Public(site.Published, "labelledActor").Count, (await CsvAsync(site.Http, "actors")).Rows.Count);
    }

    [Fact]
    public async Task Event_OrganisedByAVolunteer_LeavesOutTheOrganiserAndTheVenueAddress()
    {
        var volunteer = Public(site.Published, "labelledActor").First(a => a.Value<string>("kind") == "volunteerConnector");
        var data = Docs.Named("Atelier chez une bénévole", "Workshop at a volunteer's")
            .With("summary", "fr", "Un atelier.").With("summary", "en", "A workshop.")
            .With("eventType", "", "workshop").With("eventMode", "", "onSite")
            .With("organiser", "fr", "Nolwenn Kerjean").With("organiser", "en", "Nolwenn Kerjean")
            .With("organiserActor", "", volunteer.Key.ToString("D"))
            .With("startDate", "", "2026-12-15T10:00:00+01:00")
            .With("venueName", "", "Chez Nolwenn").With("address", "", "12 impasse des Tilleuls")
            .With("postcode", "", "29200").With("city", "", "Brest").With("department", "", "29").With("region", "", "53")
            .With("location", "", new JsonObject { ["lat"] = 48.39, ["lon"] = -4.49 });
        var item = Ok(await Editor.CreateAsync(new NewContent("event", Folder("/fr/evenements"), data, "alice")));
        Ok(await Publishing.PublishAsync(item.Id, null, "alice"));

        var csv = await CsvAsync(site.Http, "events");
        var json = await site.Http.GetStringAsync(new Uri("/open-data/events.json", UriKind.Relative));

        foreach (var column in new[] { "organiser_fr", "organiser_en", "venue_name", "address", "latitude", "longitude" })
        {
            Assert.Equal("", csv.Row(item.Key, column));
        }

        Assert.Equal(volunteer.Key.ToString("D"), csv.Row(item.Key, "organiser_actor_id"));
        Assert.Equal("Brest", csv.Row(item.Key, "city"));
        Assert.Equal("Atelier chez une bénévole", csv.Row(item.Key, "name_fr"));
        Assert.DoesNotContain("Nolwenn", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Tilleuls", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_NextDay_ChangeTheirValidators_WhileContentFilesKeepTheirs()
    {
        var indicators = await HeadAsync("indicators.csv");
        var resources = await HeadAsync("resources.csv");

        site.Clock.Advance(TimeSpan.FromDays(1));
        var nextIndicators = await HeadAsync("indicators.csv");
        var nextResources = await HeadAsync("resources.csv");

        Assert.NotEqual(indicators.ETag, nextIndicators.ETag);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync("indicators.csv", indicators with { ETag = null })).StatusCode);
        Assert.Equal(resources.ETag, nextResources.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync("resources.csv", resources)).StatusCode);
        var csv = await CsvAsync(site.Http, "indicators");
        Assert.Equal("2026-11-24", csv.Rows.Single(r => r["id"] == "actors.total")["date"]);
    }

    private sealed record Validators(EntityTagHeaderValue? ETag, DateTimeOffset? LastModified);

    private async Task<Validators> HeadAsync(string file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri($"/open-data/{file}", UriKind.Relative));
        using var response = await site.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Validators(response.Headers.ETag, response.Content.Headers.LastModified);
    }

    private async Task<HttpResponseMessage> ConditionalAsync(string file, Validators validators)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/open-data/{file}", UriKind.Relative));
        if (validators.ETag is { } tag)
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        request.Headers.IfModifiedSince = validators.LastModified;
        return await site.Http.SendAsync(request);
    }

    private int Folder(string route) => site.Published.GetByRoute(route)!.Id;

    private static DocumentData Actor(string name) =>
        Docs.Named(name, name)
            .With("kind", "", "labelledConnector")
            .With("description", "fr", "Une agence de test.").With("description", "en", "A test agency.")
            .With("specialties", "", new[] { "website" })
            .With("regionsServed", "", new[] { "53" })
            .With("postcode", "", "35000").With("city", "", "Rennes")
            .With("email", "", "contact@agence-du-test.example.org");
}
