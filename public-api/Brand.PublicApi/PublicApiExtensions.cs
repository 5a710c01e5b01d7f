using Brand.PublicApi.Access;
using Brand.PublicApi.Delivery;
using Brand.PublicApi.GraphQL;
using Brand.PublicApi.Indexing;
using Brand.PublicApi.Indicators;
using Brand.PublicApi.Media;
using Brand.PublicApi.OpenApi;
using Brand.PublicApi.OpenData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi;

/// <summary>
/// The open data API, for partners and regions: GraphQL at /graphql, the Umbraco-compatible delivery API under
/// /umbraco/delivery/api/v2, and bulk downloads under /open-data. All three read the same published cache and
/// search index as the site, return published content only, and share CORS and quotas (<see cref="ApiAccess"/>).
/// </summary>
public static class PublicApiExtensions
{
    public static IServiceCollection AddPublicApi(this IServiceCollection services) => services
        .AddPublicApiAccess()
        .AddApiMedia()
        .AddSnapshotIndexes()
        .AddPublicApiOpenApi()
        .AddIndicators()
        .AddGraphQLApi()
        .AddDeliveryApi()
        .AddOpenData();

    /// <summary>After UseRouting: CORS, partner keys and quotas.</summary>
    public static IApplicationBuilder UsePublicApi(this IApplicationBuilder app) => app.UsePublicApiAccess();

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLApi();
        endpoints.MapDeliveryApi();
        endpoints.MapOpenData();
        endpoints.MapPublicApiReference();
        return endpoints;
    }
}
