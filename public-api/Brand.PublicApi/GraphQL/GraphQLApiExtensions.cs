using Brand.PublicApi.Access;
using Brand.PublicApi.GraphQL.Benchmark;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Transport;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL;

/// <summary>
/// GraphQL at /graphql (graphql-dotnet; HotChocolate and GraphQL.Server are not in our registry, so the HTTP
/// transport and the batching are ours), and its schema in SDL at /graphql/schema.graphql.
/// </summary>
public static class GraphQLApiExtensions
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ContentSchema>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLExecutor>();
        services.AddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(GraphQLEndpoint.Path, (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http))
            .RequirePublicApiAccess()
            .ExcludeFromDescription();
        endpoints.MapGet(GraphQLEndpoint.Path + "/schema.graphql", (ContentSchema schema) => Results.Text(schema.Sdl, "text/plain; charset=utf-8"))
            .RequirePublicApiAccess()
            .WithTags("GraphQL")
            .WithSummary("The GraphQL schema in SDL")
            .WithDescription("The schema of /graphql in the GraphQL schema definition language, generated from the document types.");
        endpoints.MapBenchmarkBaseline();
        return endpoints;
    }
}
