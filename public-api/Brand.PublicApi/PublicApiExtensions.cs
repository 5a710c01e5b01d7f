using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi;

/// <summary>
/// The open data API: GraphQL, the Umbraco-compatible delivery API and open-data downloads.
/// Registered here so the host only lists features; the endpoints themselves arrive with the
/// open-data issue and read the same published cache as the site.
/// </summary>
public static class PublicApiExtensions
{
    public static IServiceCollection AddPublicApi(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
