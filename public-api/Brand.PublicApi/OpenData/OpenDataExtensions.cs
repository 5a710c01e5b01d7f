using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.OpenData;

public static class OpenDataExtensions
{
    public static IServiceCollection AddOpenData(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints) => endpoints;
}
