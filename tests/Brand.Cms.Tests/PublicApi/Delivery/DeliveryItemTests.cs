using System.Net;
using System.Text.Json;
using static Brand.Cms.Tests.PublicApi.Delivery.DeliverySite;

namespace Brand.Cms.Tests.PublicApi.Delivery;

/// <summary>The item endpoints, by id and by path: Umbraco's item shape, cultures, property values, expansion and limiting.</summary>
[Collection(DeliverySuite.Name)]
public sealed class DeliveryItemTests(DeliverySite site)
{
    [Fact]
    public async Task ItemById_PublishedEvent_HasUmbracosItemShape()
    {
        var (response, item) = await site.GetAsync($"{Api}/content/item/{WebinarKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", ContentType(response)?.MediaType);
        Assert.Equal("utf-8", ContentType(response)?.CharSet);
        Assert.Equal("fr", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("Webinaire — Lancer son site vitrine en un mois", item.GetProperty("name").GetString());
        Assert.Equal(WebinarKey, item.GetProperty("id").GetString());
        Assert.Equal("event", item.GetProperty("contentType").GetString());
        Assert.True(item.GetProperty("createDate").GetDateTime() <= item.GetProperty("updateDate").GetDateTime());
        var route = item.GetProperty("route");
        Assert.Equal("/fr/evenements/webinaire-site-vitrine-en-un-mois", route.GetProperty("path").GetString());
        Assert.Equal(HomeKey, route.GetProperty("startItem").GetProperty("id").GetString());
        Assert.Equal("accueil", route.GetProperty("startItem").GetProperty("path").GetString());
        var cultures = item.GetProperty("cultures");
        Assert.Equal("/en/events/webinar-showcase-website-in-a-month", cultures.GetProperty("en").GetProperty("path").GetString());
        Assert.Equal("/fr/evenements/webinaire-site-vitrine-en-un-mois", cultures.GetProperty("fr").GetProperty("path").GetString());
    }

    [Fact]
    public async Task ItemById_PropertyValues_AreTypedAsTheirEditors()
    {
        var properties = (await site.OkAsync($"{Api}/content/item/{WebinarKey}")).GetProperty("properties");

        Assert.Equal("webinar", properties.GetProperty("eventType").GetString());
        // Date-times in UTC, as Umbraco writes them: 14:00 in Paris (+02:00) that day.
        Assert.Equal("2026-10-13T12:00:00Z", properties.GetProperty("startDate").GetString());
        Assert.True(properties.GetProperty("isFree").GetBoolean());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("venueName").ValueKind);
        Assert.Contains("<h2>", properties.GetProperty("body").GetProperty("markup").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, properties.GetProperty("body").GetProperty("blocks").GetArrayLength());
        // A content picker is the picked item, shallow: no properties unless expanded.
        var organiser = properties.GetProperty("organiserActor");
        Assert.Equal(ActorKey, organiser.GetProperty("id").GetString());
        Assert.Equal("labelledActor", organiser.GetProperty("contentType").GetString());
        Assert.StartsWith("/fr/annuaire/", organiser.GetProperty("route").GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Empty(organiser.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public async Task ItemById_AcceptLanguageEnglish_AnswersInEnglish()
    {
        var (response, item) = await site.GetAsync($"{Api}/content/item/{WebinarKey}", acceptLanguage: "en-GB,en;q=0.9,fr;q=0.5");

        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("Webinar — Launch a showcase website in a month", item.GetProperty("name").GetString());
        Assert.Equal("/en/events/webinar-showcase-website-in-a-month", item.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task ItemById_UnsupportedLanguage_FallsBackToFrench()
    {
        var item = await site.OkAsync($"{Api}/content/item/{WebinarKey}", acceptLanguage: "de-DE");

        Assert.Equal("/fr/evenements/webinaire-site-vitrine-en-un-mois", item.GetProperty("route").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("fr/evenements/webinaire-site-vitrine-en-un-mois", null)]
    [InlineData("fr/evenements/webinaire-site-vitrine-en-un-mois/", null)]
    [InlineData("FR/Evenements/Webinaire-Site-Vitrine-En-Un-Mois", null)]
    [InlineData("evenements/webinaire-site-vitrine-en-un-mois", null)]
    [InlineData("events/webinar-showcase-website-in-a-month", "en")]
    [InlineData("en/events/webinar-showcase-website-in-a-month", "fr")]
    public async Task ItemByPath_SitePathOrPathUnderHome_FindsTheItem(string path, string? acceptLanguage)
    {
        var item = await site.OkAsync($"{Api}/content/item/{path}", acceptLanguage);

        Assert.Equal(WebinarKey, item.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ItemByPath_CulturePrefix_WinsOverAcceptLanguage()
    {
        var (response, item) = await site.GetAsync($"{Api}/content/item/en/events", acceptLanguage: "fr");

        Assert.Equal("Events", item.GetProperty("name").GetString());
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task ItemByPath_NoPath_IsTheHomePage()
    {
        var item = await site.OkAsync($"{Api}/content/item/");

        Assert.Equal(HomeKey, item.GetProperty("id").GetString());
        Assert.Equal("/fr", item.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task ItemByPath_StartItemOutsideTheSite_ResolvesBelowThatRoot()
    {
        var item = await site.OkAsync($"{Api}/content/item/", startItem: "reglages-du-site");

        Assert.Equal(SiteSettingsKey, item.GetProperty("id").GetString());
        Assert.Equal("siteSettings", item.GetProperty("contentType").GetString());
        Assert.Equal("/", item.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(SiteSettingsKey, item.GetProperty("route").GetProperty("startItem").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ItemById_Unknown_Answers404ProblemNamingTheId()
    {
        var missing = Guid.NewGuid().ToString();
        var (response, problem) = await site.GetAsync($"{Api}/content/item/{missing}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", ContentType(response)?.MediaType);
        Assert.Contains(missing, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemByPath_Unknown_Answers404ProblemNotTheSitesErrorPage()
    {
        var (response, problem) = await site.GetAsync($"{Api}/content/item/fr/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("fr/nulle-part", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expand_PickerProperty_WritesThePickedItemsProperties()
    {
        var properties = (await site.OkAsync($"{Api}/content/item/{WebinarKey}?expand=properties[organiserActor]")).GetProperty("properties");

        var organiser = properties.GetProperty("organiserActor").GetProperty("properties");
        Assert.Equal("labelledConnector", organiser.GetProperty("kind").GetString());
        Assert.Equal("Rennes", organiser.GetProperty("city").GetString());
    }

    [Fact]
    public async Task Fields_LimitProperties_KeepsOnlyThoseAndTheBuiltInFields()
    {
        var item = await site.OkAsync($"{Api}/content/item/{WebinarKey}?fields=properties[eventType,startDate]");

        Assert.Equal(["eventType", "startDate"], item.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("event", item.GetProperty("contentType").GetString());
        Assert.Equal(JsonValueKind.Object, item.GetProperty("route").ValueKind);
    }

    [Fact]
    public async Task ExpandAndFields_Nested_ShapeThePickedItem()
    {
        var item = await site.OkAsync($"{Api}/content/item/{WebinarKey}"
            + "?expand=properties[$all]&fields=properties[organiserActor[properties[kind]]]");

        var organiser = item.GetProperty("properties").GetProperty("organiserActor");
        Assert.Equal(["kind"], organiser.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task BlockList_IsItemsOfContentAndSettings_WithPickersExpandedOnlyWhenNested()
    {
        var shallow = (await site.OkAsync($"{Api}/content/item/{HomeKey}")).GetProperty("properties");
        var figure = shallow.GetProperty("keyFigures").GetProperty("items")[0];
        Assert.Equal("keyFigure", figure.GetProperty("content").GetProperty("contentType").GetString());
        Assert.Equal("2 sur 3", figure.GetProperty("content").GetProperty("properties").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("settings").ValueKind);
        var link = shallow.GetProperty("callsToAction").GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("link");
        Assert.Equal("selfDiagnosticPage", link.GetProperty("contentType").GetString());
        Assert.Empty(link.GetProperty("properties").EnumerateObject());

        var expanded = (await site.OkAsync($"{Api}/content/item/{HomeKey}?expand=properties[callsToAction[properties[link]]]")).GetProperty("properties");
        var expandedLink = expanded.GetProperty("callsToAction").GetProperty("items")[0].GetProperty("content").GetProperty("properties").GetProperty("link");
        Assert.NotEmpty(expandedLink.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public async Task Items_SeveralIds_AnswersThoseFoundInTheOrderAsked()
    {
        var items = await site.OkAsync($"{Api}/content/items?id={EventsFolderKey}&id={Guid.NewGuid()}&id={WebinarKey}");

        Assert.Equal([EventsFolderKey, WebinarKey], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Body_AccentedText_IsPlainUtf8()
    {
        var response = await site.Site.Http.GetAsync(new Uri($"{Api}/content/item/{EventsFolderKey}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Contains("\"name\":\"Événements\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ETag_SameSnapshot_Answers304()
    {
        var first = await site.Site.Http.GetAsync(new Uri($"{Api}/content/item/{WebinarKey}", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{WebinarKey}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await site.Site.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task VolunteerConnectors_ContactDetailsAreWithheld_BusinessesKeepTheirs()
    {
        var items = (await site.OkAsync($"{Api}/content?filter=contentType:labelledActor&take=100")).GetProperty("items").EnumerateArray().ToList();
        var volunteers = items.Where(i => i.GetProperty("properties").GetProperty("kind").GetString() == "volunteerConnector").ToList();
        Assert.NotEmpty(volunteers);
        Assert.All(volunteers, v =>
        {
            var properties = v.GetProperty("properties");
            Assert.False(string.IsNullOrEmpty(properties.GetProperty("city").GetString()));
            foreach (var withheld in new[] { "email", "phone", "address", "location" })
            {
                Assert.Equal(JsonValueKind.Null, properties.GetProperty(withheld).ValueKind);
            }
        });
        Assert.Contains(items, i => i.GetProperty("properties").GetProperty("kind").GetString() == "labelledConnector"
            && i.GetProperty("properties").GetProperty("email").ValueKind == JsonValueKind.String);
    }
}
