using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Schema;
using Brand.PublicApi.Indicators;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>`indicators`: the programme's open indicators, the same list as the open-data download.</summary>
public static class IndicatorsQuery
{
    public static void AddTo(ObjectGraphType query, ContentGraph graph)
    {
        var indicator = new ObjectGraphType { Name = "Indicator", Description = "An open indicator: a key figure with its source, or a live count of published content." };
        indicator.AddField(CommonTypes.Field("id", new NonNullGraphType(new StringGraphType()), "Stable identifier, the same in every culture and from one day to the next.", s => ((Indicator)s).Id));
        indicator.AddField(CommonTypes.Field("label", new NonNullGraphType(new StringGraphType()), "What is measured, in the requested culture.", s => ((Indicator)s).Label));
        indicator.AddField(CommonTypes.Field("value", new DecimalGraphType(), "The number, when the figure is one (15.8 for \"15,8 %\").", s => ((Indicator)s).Value));
        indicator.AddField(CommonTypes.Field("displayValue", new NonNullGraphType(new StringGraphType()), "The value as written for a reader of the culture.", s => ((Indicator)s).DisplayValue));
        indicator.AddField(CommonTypes.Field("unit", new NonNullGraphType(new StringGraphType()), "count, %, ratio, or empty when the value is not a number.", s => ((Indicator)s).Unit));
        indicator.AddField(CommonTypes.Field("date", new StringGraphType(), "ISO 8601 date or year the figure refers to.", s => ((Indicator)s).Date));
        indicator.AddField(CommonTypes.Field("source", new NonNullGraphType(new StringGraphType()), "Who measured it.", s => ((Indicator)s).Source));
        indicator.AddField(CommonTypes.Field("sourceUrl", new StringGraphType(), "Where to check it.", s => ((Indicator)s).SourceUrl));
        indicator.AddField(CommonTypes.Field("note", new StringGraphType(), "Caveats for reading the figure.", s => ((Indicator)s).Note));
        query.AddField(new FieldType
        {
            Name = "indicators",
            Description = "The programme's open indicators today: the home page's key figures and live counts of actors, events, stories, aid schemes and resources.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(indicator))),
            Arguments = new QueryArguments(TypeGraph.CultureArgument(graph.DefaultCulture)),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                context.Api().Loader.Counted();
                return context.RequestServices!.GetRequiredService<IndicatorService>().For(context.Culture());
            }),
        });
    }
}
