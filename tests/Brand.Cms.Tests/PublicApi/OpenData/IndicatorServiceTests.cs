using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Indicators;
using static Brand.Cms.Tests.PublicApi.OpenData.OpenDataFiles;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>The programme's indicators, checked against the published seed on 23 November 2026.</summary>
[Collection(OpenDataSuite.Name)]
public sealed class IndicatorServiceTests(OpenDataSite site)
{
    private static readonly DateOnly _today = DateOnly.FromDateTime(OpenDataSite.Now.UtcDateTime);

    private IndicatorService Service => site.Site.Get<IndicatorService>();

    private Dictionary<string, Indicator> French() => Service.For("fr").ToDictionary(i => i.Id);

    [Fact]
    public void For_Actors_CountsByKindRegionAndLabelAsOfToday()
    {
        var actors = Public(site.Published, "labelledActor");
        var indicators = French();

        Assert.Equal(actors.Count, indicators["actors.total"].Value);
        foreach (var kind in new[] { "volunteerConnector", "labelledConnector", "partnerOrganisation" })
        {
            Assert.Equal(actors.Count(a => a.Value<string>("kind") == kind), indicators[$"actors.kind.{kind}"].Value);
        }

        foreach (var region in new[] { "53", "84", "11", "04", "94" })
        {
            Assert.Equal(actors.Count(a => a.Value<string[]>("regionsServed")!.Contains(region)), indicators[$"actors.region.{region}"].Value);
        }

        var valid = actors.Count(a => a.Value<DateOnly?>("labelExpiresOn") >= _today);
        var expired = actors.Count(a => a.Value<DateOnly?>("labelExpiresOn") < _today);
        Assert.True(valid > 0 && expired > 0, "the seed has both");
        Assert.Equal(valid, indicators["actors.label.valid"].Value);
        Assert.Equal(expired, indicators["actors.label.expired"].Value);
        Assert.Equal(actors.Count(a => a.Value<bool>("isExample")), indicators["actors.examples"].Value);
    }

    [Fact]
    public void For_EventsAidAndResources_CountWhatIsUpcomingOpenAndPublished()
    {
        var events = Public(site.Published, "event");
        var aid = Public(site.Published, "aidScheme");
        var indicators = French();

        var upcoming = events.Count(e => DateOnly.FromDateTime((e.Value<DateTimeOffset?>("endDate") ?? e.Value<DateTimeOffset>("startDate")).UtcDateTime) >= _today);
        Assert.True(upcoming > 0 && upcoming < events.Count, "the seed has both");
        Assert.Equal(upcoming, indicators["events.upcoming"].Value);
        Assert.Equal(events.Count - upcoming, indicators["events.past"].Value);
        Assert.Equal(events.Count(e => e.Value<string>("eventType") == "webinar"), indicators["events.format.webinar"].Value);
        Assert.Equal(Public(site.Published, "successStory").Count, indicators["success-stories.total"].Value);
        var open = aid.Count(a => (a.Value<DateOnly?>("openingDate") ?? DateOnly.MinValue) <= _today && (a.Value<DateOnly?>("deadline") ?? DateOnly.MaxValue) >= _today);
        Assert.Equal(open, indicators["aid-schemes.open"].Value);
        Assert.Equal(aid.Count, indicators["aid-schemes.open"].Value + indicators["aid-schemes.closed"].Value + indicators["aid-schemes.not-yet-open"].Value);
        Assert.Equal(Public(site.Published, "resource").Count, indicators["resources.total"].Value);
        Assert.All(indicators.Values.Where(i => i.Unit == "count"), i =>
        {
            Assert.Equal("2026-11-23", i.Date);
            Assert.StartsWith("/fr/", i.SourceUrl, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void For_KeyFiguresOfTheHomePage_KeepTheirWordingAndSource()
    {
        var blocks = site.Published.SiteRoot("fr")!.Value<IReadOnlyList<PublishedElement>>("keyFigures")!;
        var figures = Service.For("fr").Where(i => i.Id.StartsWith("key-figure.", StringComparison.Ordinal)).ToList();

        Assert.Equal(blocks.Select(b => b.Value<string>("value")), figures.Select(f => f.DisplayValue));
        Assert.Equal(blocks.Select(b => b.Value<string>("source")), figures.Select(f => f.Source));
        Assert.Equal(blocks.Select(b => b.Value<long?>("year")?.ToString(System.Globalization.CultureInfo.InvariantCulture)), figures.Select(f => f.Date));
        var twoInThree = figures.Single(f => f.DisplayValue == "2 sur 3");
        Assert.Equal((0.6667m, "ratio"), (twoInThree.Value, twoInThree.Unit));
        var percent = figures.Single(f => f.DisplayValue.StartsWith("15,8", StringComparison.Ordinal));
        Assert.Equal((15.8m, "%"), (percent.Value, percent.Unit));
        Assert.Contains(figures, f => f.Note is not null);
    }

    [Fact]
    public void For_EachCulture_HasTheSameIdsAndValuesInItsOwnWords()
    {
        var french = Service.For("fr");
        var english = Service.For("en");

        Assert.Equal(french.Select(i => i.Id), english.Select(i => i.Id));
        Assert.Equal(french.Select(i => i.Value), english.Select(i => i.Value));
        Assert.Equal("Acteurs du réseau dans l'annuaire", french.Single(i => i.Id == "actors.total").Label);
        Assert.Equal("Network actors in the directory", english.Single(i => i.Id == "actors.total").Label);
        Assert.Equal("2 in 3", english.Single(i => i.Value == 0.6667m).DisplayValue);
        Assert.Equal(french.Select(i => i.Id), Service.For("de").Select(i => i.Id));
        Assert.Equal(french.Count, french.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void For_SameSnapshotAndDay_IsComputedOnce()
    {
        Assert.Same(Service.For("fr"), Service.For("fr"));
    }
}
