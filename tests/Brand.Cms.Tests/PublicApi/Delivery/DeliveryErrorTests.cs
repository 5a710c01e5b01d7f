using System.Net;
using static Brand.Cms.Tests.PublicApi.Delivery.DeliverySite;

namespace Brand.Cms.Tests.PublicApi.Delivery;

/// <summary>Bad input answers 4xx with a problem document whose detail names the parameter and what is wrong with it.</summary>
[Collection(DeliverySuite.Name)]
public sealed class DeliveryErrorTests(DeliverySite site)
{
    [Theory]
    [InlineData("filter=startDate>notadate", "filter 'startDate>notadate'", "'notadate' is not a date")]
    [InlineData("filter=startDate>2026-13-45", "filter 'startDate>2026-13-45'", "not a date")]
    [InlineData("filter=createDate:2024-01-01", "filter 'createDate:2024-01-01'", "compared with >")]
    [InlineData("filter=colour:blue", "filter 'colour:blue'", "cannot filter on 'colour'")]
    [InlineData("filter=kind:labeledConnector", "filter 'kind:labeledConnector'", "labelledConnector")]
    [InlineData("filter=contentType:evnt", "filter 'contentType:evnt'", "'evnt' is not a content type")]
    [InlineData("filter=contentType", "filter 'contentType'", "expected field:value")]
    [InlineData("filter=contentType:", "filter 'contentType:'", "no value")]
    [InlineData("filter=kind>labelledConnector", "filter 'kind>labelledConnector'", "takes ':'")]
    [InlineData("filter=isFree:maybe", "filter 'isFree:maybe'", "true or false")]
    [InlineData("filter=startDate:!2026-01-01", "filter 'startDate:!2026-01-01'", "'!' (not)")]
    [InlineData("sort=name:up", "sort 'name:up'", "'asc' or 'desc'")]
    [InlineData("sort=city:asc", "sort 'city:asc'", "cannot sort on 'city'")]
    [InlineData("sort=specialties:asc", "sort 'specialties:asc'", "several values")]
    [InlineData("skip=-1", "skip '-1'", "whole number")]
    [InlineData("take=ten", "take 'ten'", "whole number")]
    [InlineData("take=5000", "take '5000'", "at most 1000")]
    [InlineData("fetch=siblings:/fr/evenements", "fetch 'siblings:/fr/evenements'", "children:, descendants: or ancestors:")]
    [InlineData("fetch=children:", "fetch 'children:'", "id or path")]
    [InlineData("expand=properties[organiserActor", "expand 'properties[organiserActor'", "expected ',' or ']'")]
    [InlineData("expand=all", "expand 'all'", "v1 syntax")]
    [InlineData("fields=properties[a]]", "fields 'properties[a]]'", "unexpected text")]
    public async Task Query_MalformedParameter_Answers400NamingIt(string query, string names, string problem)
    {
        var (response, json) = await site.GetAsync($"{Api}/content?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", ContentType(response)?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        var detail = json.GetProperty("detail").GetString();
        Assert.Contains(names, detail, StringComparison.Ordinal);
        Assert.Contains(problem, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_TooManyFilters_Answers400()
    {
        var filters = string.Join('&', Enumerable.Repeat("filter=contentType:event", 21));
        var (response, json) = await site.GetAsync($"{Api}/content?{filters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 20", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_FetchTargetNotPublished_Answers404NamingIt()
    {
        var (response, json) = await site.GetAsync($"{Api}/content?fetch=children:/fr/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("fetch 'children:/fr/nulle-part'", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_MalformedId_Answers400NamingIt()
    {
        var (response, json) = await site.GetAsync($"{Api}/content/items?id={WebinarKey}&id=not-a-guid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id 'not-a-guid'", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_NoId_Answers400()
    {
        var (response, json) = await site.GetAsync($"{Api}/content/items");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("id:", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartItem_Unknown_Answers400NamingTheHeader()
    {
        var (response, json) = await site.GetAsync($"{Api}/content", startItem: "nowhere");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Start-Item 'nowhere'", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_MalformedExpand_Answers400()
    {
        var (response, json) = await site.GetAsync($"{Api}/content/item/{WebinarKey}?expand=properties[$any]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'$any' is not an alias", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
