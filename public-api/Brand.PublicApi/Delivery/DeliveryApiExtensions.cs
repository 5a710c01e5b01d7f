using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.Delivery;

public static class DeliveryApiExtensions
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
