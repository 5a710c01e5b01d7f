using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Loading;
using Brand.PublicApi.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Schema;

/// <summary>The root fields over content: one list per document type, `node`, `nodes` and `route`.</summary>
public static class ContentQueries
{
    public static void AddTo(ObjectGraphType query, ContentGraph graph)
    {
        foreach (var (alias, type) in graph.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            query.AddField(new FieldType
            {
                Name = GraphNames.Plural(alias),
                Description = $"Published {type.Name} items, in content tree order unless `order` says otherwise.",
                ResolvedType = new NonNullGraphType(type.Connection),
                Arguments = type.ListArguments(withCulture: true, graph.DefaultCulture),
                Resolver = new FuncFieldResolver<object?>(context =>
                {
                    var culture = context.Culture();
                    var paging = Paging.From(context);
                    return type.Page(context, context.Api().Loader.OfType(alias, culture), paging);
                }),
            });
        }

        query.AddField(new FieldType
        {
            Name = "node",
            Description = "The item with this global ID, or null if it is not published in that culture.",
            ResolvedType = graph.Common.Node,
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id", Description = "A global ID, as returned by `id`." },
                TypeGraph.CultureArgument(graph.DefaultCulture)),
            Resolver = new FuncFieldResolver<object?>(context => Node(context, context.GetArgument<string>("id"), context.Culture())),
        });
        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = $"The items with these global IDs (at most {Paging.MaxPageSize}), in the same order; null where one is not published.",
            ResolvedType = new NonNullGraphType(new ListGraphType(graph.Common.Node)),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType())))) { Name = "ids", Description = "Global IDs." },
                TypeGraph.CultureArgument(graph.DefaultCulture)),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                {
                    throw new ArgumentError($"nodes: at most {Paging.MaxPageSize} ids per request, not {ids.Count}.");
                }

                var culture = context.Culture();
                var pending = ids.Select(id => Node(context, id, culture)).ToList();
                return DataLoaderResults.All(pending, keepMissing: true);
            }),
        });
        query.AddField(new FieldType
        {
            Name = "route",
            Description = "The page at a public path such as \"/fr/annuaire\" (its culture is the path's).",
            ResolvedType = graph.Content.GraphType,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "path", Description = "A path of the public site." }),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var path = context.GetArgument<string>("path");
                return path.Length > 500 ? null : context.Api().Loader.ByRoute(path);
            }),
        });
    }

    private static IDataLoaderResult<PublishedContent?> Node(IResolveFieldContext context, string id, string culture)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new ArgumentError($"{context.FieldDefinition.Name}: \"{id}\" is not a global ID; use the `id` field of an item.");
        }

        // An ID naming another type than the item's is not one we issued.
        return context.Api().Loader.ByKey(key, culture).Then(c => c is not null && ContentGraph.TypeNameOf(c) == typeName ? c : null);
    }
}
