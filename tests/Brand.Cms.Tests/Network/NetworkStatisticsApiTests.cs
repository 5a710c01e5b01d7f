using Brand.Cms.Core.Network;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.PublicApi.GraphQL;
using Brand.Cms.Tests.PublicApi.OpenData;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Network;

/// <summary>The network's figures as a partner reads them: GraphQL networkStatistics and the network-statistics download agree, on both databases.</summary>
public sealed class NetworkStatisticsApiTests
{
    private const string Query = """
        { networkStatistics(culture: "en") { activeActors expiredLabels
          actorsByKind { value label count } actorsByRegion { value label count }
          applicationsByStatus { value count } applicationsPerMonth { month submitted granted refused }
          timeToDecision { decided medianDays } } }
        """;

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AGrantedApplication_IsCountedInGraphQLAndTheDownload_WithoutNamingAnyone(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        var before = (await server.Http.PostAsync(Query)).Ok()["networkStatistics"]!;
        var submitted = Ok(await server.Get<LabelApplications>().SubmitAsync(NetworkSamples.Volunteer(), "fr", null, null));
        var review = server.Get<ApplicationReview>();
        Ok(await review.GrantAsync(submitted.Application.Id, submitted.Application.Version, "Alice", null));

        var after = (await server.Http.PostAsync(Query)).Ok()["networkStatistics"]!;

        Assert.Equal(before["activeActors"]!.GetValue<int>() + 1, after["activeActors"]!.GetValue<int>());
        var volunteers = after["actorsByKind"]!.AsArray().Single(k => k!["value"]!.GetValue<string>() == ActorKinds.Volunteer)!;
        Assert.Equal("Volunteer connector", volunteers["label"]!.GetValue<string>());
        Assert.Contains(after["actorsByRegion"]!.AsArray(), r => r!["value"]!.GetValue<string>() == "53" && r["label"]!.GetValue<string>() == "Brittany");
        Assert.Equal(1, after["applicationsByStatus"]!.AsArray().Single(s => s!["value"]!.GetValue<string>() == "Granted")!["count"]!.GetValue<int>());
        var month = after["applicationsPerMonth"]!.AsArray().Last()!;
        Assert.Equal((1, 1, 0), (month["submitted"]!.GetValue<int>(), month["granted"]!.GetValue<int>(), month["refused"]!.GetValue<int>()));
        Assert.Equal(1, after["timeToDecision"]!["decided"]!.GetValue<int>());

        var csv = await OpenDataFiles.CsvAsync(server.Http, "network-statistics");
        Assert.Equal(after["activeActors"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture),
            csv.Rows.Single(r => r["measure"] == "active_actors")["value"]);
        var granted = csv.Rows.Single(r => r["measure"] == "applications_granted" && r["month"] == month["month"]!.GetValue<string>());
        Assert.Equal("1", granted["value"]);
        Assert.Equal(("Connecteur bénévole", "Volunteer connector"),
            csv.Rows.Where(r => r["measure"] == "actors_by_kind" && r["group"] == ActorKinds.Volunteer).Select(r => (r["label_fr"], r["label_en"])).Single());
        Assert.DoesNotContain(csv.Rows, r => r.Values.Any(v => v.Contains("Vilaine", StringComparison.Ordinal)));
    }
}
