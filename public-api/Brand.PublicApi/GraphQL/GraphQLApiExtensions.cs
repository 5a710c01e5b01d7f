using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL;

public static class GraphQLApiExtensions
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
