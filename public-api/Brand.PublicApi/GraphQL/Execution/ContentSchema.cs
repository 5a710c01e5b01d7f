using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.GraphQL.Programme;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Execution;

/// <summary>The schema, generated once from the content model at first use.</summary>
public sealed class ContentSchema(ContentModel model)
{
    private readonly Lazy<ISchema> _schema = new(() => Build(model));
    private string? _sdl;

    public ISchema Value => _schema.Value;

    /// <summary>The schema in SDL, as served at /graphql/schema.graphql and committed in public-api/schema.graphql.</summary>
    public string Sdl => _sdl ??= _schema.Value.Print(new() { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");

    public static ISchema Build(ContentModel model)
    {
        var graph = new ContentGraph(model);
        var query = new ObjectGraphType { Name = "Query", Description = "Everything Croissance Connectée publishes, read-only." };
        ContentQueries.AddTo(query, graph);
        ProgrammeQueries.AddTo(query, graph, model);
        IndicatorsQuery.AddTo(query, graph);
        SelfDiagnosticIndicatorsQuery.AddTo(query, graph);
        NetworkStatisticsQuery.AddTo(query, graph);
        var schema = new global::GraphQL.Types.Schema
        {
            Query = query,
            Description = "The open data API of Croissance Connectée: published content only, in French (fr) or English (en), under the Licence Ouverte 2.0.",
        };
        // Filter and sort inputs of a deprecated property are deprecated too (GraphQL spec, September 2025).
        schema.Features.DeprecationOfInputValues = true;
        foreach (var type in graph.AllTypes)
        {
            schema.RegisterType(type);
        }

        schema.Initialize();
        return schema;
    }
}
