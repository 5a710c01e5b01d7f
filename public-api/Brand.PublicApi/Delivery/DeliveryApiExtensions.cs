using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Delivery.Indexing;
using Brand.PublicApi.Delivery.OpenApi;
using Brand.PublicApi.Delivery.Querying;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.Delivery;

/// <summary>
/// The Umbraco-compatible REST delivery API under /umbraco/delivery/api/v2, and the public API's OpenAPI
/// document (/openapi/public.json) with its reference page (/api-reference).
/// </summary>
public static class DeliveryApiExtensions
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services)
    {
        services.AddSingleton<DeliveryFields>();
        services.AddSingleton<DeliveryIndex>();
        services.AddSingleton<IPublishedSnapshotListener>(sp => sp.GetRequiredService<DeliveryIndex>());
        services.AddSingleton<ContentDelivery>();
        services.AddPublicApiOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeliveryEndpoints();
        endpoints.MapPublicApiReference();
        return endpoints;
    }
}
