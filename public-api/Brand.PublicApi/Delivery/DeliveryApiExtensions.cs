using Brand.PublicApi.Delivery.Querying;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.Delivery;

/// <summary>
/// The Umbraco-compatible REST delivery API under /umbraco/delivery/api/v2.
/// </summary>
public static class DeliveryApiExtensions
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services)
    {
        services.AddSingleton<DeliveryFields>();
        services.AddSingleton<ContentDelivery>();
        return services;
    }

    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeliveryEndpoints();
        return endpoints;
    }
}
