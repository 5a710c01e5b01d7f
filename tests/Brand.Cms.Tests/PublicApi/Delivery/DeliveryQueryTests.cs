using System.Net;
using Brand.Cms.Core;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;
using static Brand.Cms.Tests.PublicApi.Delivery.DeliverySite;

namespace Brand.Cms.Tests.PublicApi.Delivery;

/// <summary>GET /content: fetch, filters (built-in, facets, dates), sort, paging, published content only.</summary>
[Collection(DeliverySuite.Name)]
public sealed class DeliveryQueryTests(DeliverySite site)
{
    [Fact]
    public async Task Fetch_Children_AreTheDirectChildrenInTreeOrder_WithTheirTotal()
    {
        var (total, names) = await site.QueryAsync($"fetch=children:{EventsFolderKey}&take=3");

        Assert.Equal(8, total);
        Assert.Equal(["Webinaire — Lancer son site vitrine en un mois",
            "Atelier — Le retrait en magasin pour les commerces de proximité",
            "Rencontre — Artisans et numérique : retours d'expérience"], names);
    }

    [Fact]
    public async Task Fetch_Ancestors_ByPath_AreTheRootFirst()
    {
        var (_, names) = await site.QueryAsync("fetch=ancestors:/fr/evenements/webinaire-site-vitrine-en-un-mois");

        Assert.Equal(["Accueil", "Événements"], names);
    }

    [Fact]
    public async Task Fetch_EnglishPath_QueriesInEnglish()
    {
        var (total, names) = await site.QueryAsync("fetch=children:/en/events&take=1");

        Assert.Equal(8, total);
        Assert.Equal(["Webinar — Launch a showcase website in a month"], names);
    }

    [Fact]
    public async Task Filter_FacetUnderDescendants_KeepsOnlyMatchingItems()
    {
        var (total, names) = await site.QueryAsync("fetch=descendants:/fr/evenements&filter=eventMode:online");

        Assert.Equal(2, total);
        Assert.All(names, n => Assert.StartsWith("Webinaire", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filter_FacetValues_CommaIsOr_BangIsNot_FiltersAreAnd()
    {
        var (actors, _) = await site.QueryAsync("filter=contentType:labelledActor&take=0");
        var (volunteers, _) = await site.QueryAsync("filter=kind:volunteerConnector&take=0");
        var (others, _) = await site.QueryAsync("filter=contentType:labelledActor&filter=kind:!volunteerConnector&take=0");
        var (either, _) = await site.QueryAsync("filter=kind:labelledConnector,partnerOrganisation&take=0");

        Assert.Equal(33, actors);
        Assert.Equal(11, volunteers);
        Assert.Equal(actors - volunteers, others);
        Assert.Equal(others, either);
    }

    [Fact]
    public async Task Filter_MultiValuedFacet_MatchesItemsHoldingTheValue()
    {
        var json = await site.OkAsync($"{Api}/content?filter=contentType:labelledActor&filter=specialties:cybersecurity&take=100");

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Contains("cybersecurity",
            i.GetProperty("properties").GetProperty("specialties").EnumerateArray().Select(s => s.GetString())));
    }

    [Theory]
    [InlineData("filter=contentType:event&filter=startDate>2027-01-01", 4)]
    [InlineData("filter=contentType:event&filter=startDate<2026-11-01", 1)]
    [InlineData("filter=contentType:event&filter=startDate<2026-11-05T18:30:00%2B01:00", 1)]
    [InlineData("filter=contentType:event&filter=startDate<:2026-11-05T18:30:00%2B01:00", 2)]
    [InlineData("filter=contentType:event&filter=startDate<=2026-11-05T17:30:00Z", 2)]
    [InlineData("filter=labelExpiresOn<2027-01-01", 5)]
    [InlineData("filter=labelExpiresOn>:2028-06-14", 1)]
    public async Task Filter_DateComparisons_CountTheRightItems(string query, int expected)
    {
        var (total, _) = await site.QueryAsync(query + "&take=0");

        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task Filter_CreateDate_FutureMatchesNothing_PastMatchesEverything()
    {
        var (all, _) = await site.QueryAsync("take=0");
        var (future, _) = await site.QueryAsync("filter=createDate>2100-01-01&take=0");
        var (past, _) = await site.QueryAsync("filter=updateDate>2000-01-01&take=0");

        Assert.Equal(0, future);
        Assert.Equal(all, past);
    }

    [Fact]
    public async Task Filter_Name_ContainsIgnoringCaseAndAccents_InTheRequestCulture()
    {
        var (french, _) = await site.QueryAsync("filter=name:WEBINAIRE&take=0");
        var (english, englishNames) = await site.QueryAsync("filter=name:webinar", acceptLanguage: "en");
        var (_, accents) = await site.QueryAsync("filter=name:evenements");

        Assert.Equal(2, french);
        Assert.Equal(2, english);
        Assert.All(englishNames, n => Assert.StartsWith("Webinar", n, StringComparison.Ordinal));
        Assert.Contains("Événements", accents);
    }

    [Fact]
    public async Task Filter_Boolean_MatchesTicked()
    {
        var json = await site.OkAsync($"{Api}/content?filter=contentType:event&filter=isFree:true&take=100");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("properties").GetProperty("isFree").GetBoolean()));
    }

    [Fact]
    public async Task Sort_Name_IgnoresCaseAndAccents()
    {
        var (_, names) = await site.QueryAsync("filter=contentType:event&sort=name:asc&take=100");

        Assert.Equal(8, names.Count);
        Assert.Equal(names.OrderBy(n => TextFolding.Fold(n), StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Sort_DateProperty_Descending_LatestFirst()
    {
        var json = await site.OkAsync($"{Api}/content?filter=contentType:event&sort=startDate:desc&take=100");

        var starts = json.GetProperty("items").EnumerateArray()
            .Select(i => DateTimeOffset.Parse(i.GetProperty("properties").GetProperty("startDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(8, starts.Count);
        Assert.Equal(starts.OrderDescending(), starts);
    }

    [Fact]
    public async Task SkipTake_Pages_CoverEveryItemOnce_WithAStableTotal()
    {
        var (total, all) = await site.QueryAsync("filter=contentType:labelledActor&sort=updateDate:desc&sort=name:asc&take=100");
        var paged = new List<string>();
        for (var skip = 0; skip < total; skip += 10)
        {
            var (pageTotal, page) = await site.QueryAsync($"filter=contentType:labelledActor&sort=updateDate:desc&sort=name:asc&skip={skip}&take=10");
            Assert.Equal(total, pageTotal);
            paged.AddRange(page);
        }

        Assert.Equal(33, total);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task StartItem_WithoutFetch_LimitsTheQueryToThatRoot()
    {
        var (everywhere, _) = await site.QueryAsync("filter=contentType:siteSettings&take=0");
        var json = await site.OkAsync($"{Api}/content?filter=contentType:siteSettings&take=0", startItem: "accueil");

        Assert.Equal(1, everywhere);
        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unpublished_Items_AreNeverServed_AndPublishingShowsThemAtOnce()
    {
        var cache = site.Site.Get<PublishedContentCache>();
        var news = cache.Current.GetByRoute("/fr/actualites")!.Id;
        var draft = Ok(await site.Site.Get<ContentEditor>().CreateAsync(
            new NewContent("newsArticle", news, Docs.Article("Brouillon zéphyr confidentiel", "Confidential zephyr draft"), "alice")));
        var key = draft.Key.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync($"{Api}/content/item/{key}")).Response.StatusCode);
        Assert.Equal(0, (await site.QueryAsync("filter=name:zephyr")).Total);

        Ok(await site.Site.Get<PublishingService>().PublishAsync(draft.Id, null, "alice"));
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync($"{Api}/content/item/{key}")).Response.StatusCode);
        Assert.Equal(["Brouillon zéphyr confidentiel"], (await site.QueryAsync("filter=name:zephyr")).Names);

        Ok(await site.Site.Get<PublishingService>().UnpublishAsync(draft.Id, null, "alice"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync($"{Api}/content/item/{key}")).Response.StatusCode);
        Assert.Equal(0, (await site.QueryAsync("filter=name:zephyr")).Total);
    }
}
