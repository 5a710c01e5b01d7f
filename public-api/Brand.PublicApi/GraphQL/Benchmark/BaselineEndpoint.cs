using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL.Benchmark;

/// <summary>
/// The yardstick of tests/bench-api.sh: a plain minimal-API endpoint returning the same data as the
/// benchmark's GraphQL query (20 actors, their specialties and next three events), written the direct way.
/// Mapped only when PublicApi:GraphQL:BenchmarkBaseline is true; never in production.
/// </summary>
public static class BaselineEndpoint
{
    public const string Path = "/graphql/benchmark-baseline";

    public static IEndpointRouteBuilder MapBenchmarkBaseline(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("PublicApi:GraphQL:BenchmarkBaseline"))
        {
            endpoints.MapGet(Path, (PublishedContentCache cache, SnapshotIndexes indexes, DateTimeOffset? after) =>
                    Results.Json(Actors(indexes.For(cache.Current, "fr"), after ?? DateTimeOffset.UtcNow)))
                .ExcludeFromDescription();
        }

        return endpoints;
    }

    private static IEnumerable<object> Actors(CultureIndex index, DateTimeOffset after)
    {
        var events = index.Referrers("event", "organiserActor");
        return index.ItemsOfType("labelledActor").Take(20).Select(actor => new
        {
            name = actor.Name,
            city = actor.Value<string>("city"),
            specialties = (actor.Value<string[]>("specialties") ?? []).Select(s => new
            {
                label = actor.Type.Property("specialties")!.OptionLabel(s, "fr"),
            }),
            events = (events.GetValueOrDefault(actor.Key) ?? [])
                .Where(e => e.Value("startDate") is DateTimeOffset start && start > after)
                .OrderBy(e => (DateTimeOffset)e.Value("startDate")!)
                .Take(3)
                .Select(e => new { name = e.Name, startDate = (DateTimeOffset)e.Value("startDate")! }),
        });
    }
}
