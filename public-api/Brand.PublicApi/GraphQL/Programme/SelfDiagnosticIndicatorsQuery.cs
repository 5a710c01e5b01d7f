using Brand.Cms.Core.SelfDiagnostic;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Schema;
using Brand.PublicApi.Indicators;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>
/// `selfDiagnosticIndicators`: the self-diagnostic's anonymous averages, the same groups as the open-data download
/// self-diagnostic-indicators. Read from the database (kept a few minutes), not from the request's snapshot; the
/// dimension names come from the snapshot's questionnaire.
/// </summary>
public static class SelfDiagnosticIndicatorsQuery
{
    public static void AddTo(ObjectGraphType query, ContentGraph graph)
    {
        static FigureAverage A(object s) => (FigureAverage)s;
        static FigureGroup G(object s) => (FigureGroup)s;
        static DiagnosticFigureSet S(object s) => (DiagnosticFigureSet)s;

        var axis = new EnumerationGraphType { Name = "SelfDiagnosticAxis", Description = "What groups self-diagnostic results." };
        axis.Add("ALL", IndicatorAxis.All, "Every result: one group, coded \"all\".");
        axis.Add("REGION", IndicatorAxis.Region, "By region, coded by INSEE code (53 for Brittany), from the department the business gave.");
        axis.Add("SECTOR", IndicatorAxis.Sector, "By sector, coded as the aid schemes' eligible sectors (retail, crafts…).");
        axis.Add("SIZE_BAND", IndicatorAxis.SizeBand, "By headcount band, coded as the aid schemes' eligible size bands (0, 1-9, 10-49, 50-249).");

        var average = new ObjectGraphType { Name = "SelfDiagnosticDimensionAverage", Description = "A dimension's average score in a group." };
        average.AddField(CommonTypes.Field("key", new NonNullGraphType(new GuidGraphType()), "The dimension's key, the same in every culture.", s => A(s).Key));
        average.AddField(CommonTypes.Field("name", new NonNullGraphType(new StringGraphType()), "The dimension's name in the requested culture.", s => A(s).Name));
        average.AddField(CommonTypes.Field("average", new NonNullGraphType(new FloatGraphType()), "Average score out of 100, rounded to one decimal place.", s => A(s).Average));

        var group = new ObjectGraphType { Name = "SelfDiagnosticGroup", Description = $"The averages of a group of at least {SelfDiagnosticOptions.MinimumGroupSize} results." };
        group.AddField(CommonTypes.Field("axis", new NonNullGraphType(axis), "What the group is drawn by.", s => G(s).Axis));
        group.AddField(CommonTypes.Field("code", new NonNullGraphType(new StringGraphType()), "\"all\", the region's INSEE code, or the sector or size band value.", s => G(s).Code));
        group.AddField(CommonTypes.Field("label", new NonNullGraphType(new StringGraphType()), "The group's name in the requested culture.", s => G(s).Label));
        group.AddField(CommonTypes.Field("count", new NonNullGraphType(new IntGraphType()), "How many results the group holds.", s => G(s).Count));
        group.AddField(CommonTypes.Field("overall", new NonNullGraphType(new FloatGraphType()), "Average overall score out of 100, rounded to one decimal place.", s => G(s).Overall));
        group.AddField(CommonTypes.Field("dimensions", new NonNullGraphType(new ListGraphType(new NonNullGraphType(average))),
            $"Each dimension's average, in questionnaire order; a dimension fewer than {SelfDiagnosticOptions.MinimumGroupSize} results of the group went into is left out.", s => G(s).Dimensions));

        var indicators = new ObjectGraphType { Name = "SelfDiagnosticIndicators", Description = "The anonymous averages of the self-diagnostic results." };
        indicators.AddField(CommonTypes.Field("computedAt", new NonNullGraphType(new DateTimeOffsetGraphType()), "When the averages were computed (they are kept a few minutes).", s => S(s).ComputedAt.AsUtc()));
        indicators.AddField(CommonTypes.Field("totalResults", new NonNullGraphType(new IntGraphType()), "How many self-diagnostics were completed in all, published groups or not.", s => S(s).TotalResults));
        indicators.AddField(CommonTypes.Field("minimumGroupSize", new NonNullGraphType(new IntGraphType()), "The fewest results a published group or dimension average rests on.", s => S(s).MinimumGroupSize));
        indicators.AddField(CommonTypes.Field("groups", new NonNullGraphType(new ListGraphType(new NonNullGraphType(group))),
            "The published groups: all results first, then by region, sector and size band. Smaller groups are not listed at all.", s => S(s).Groups));

        query.AddField(new FieldType
        {
            Name = "selfDiagnosticIndicators",
            Description = $"The self-diagnostic's anonymous averages, overall and by region, sector and size band; only groups of at least {SelfDiagnosticOptions.MinimumGroupSize} results.",
            ResolvedType = new NonNullGraphType(indicators),
            Arguments = new QueryArguments(TypeGraph.CultureArgument(graph.DefaultCulture)),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var culture = context.Culture();
                var figures = context.RequestServices!.GetRequiredService<DiagnosticFigures>();
                var page = context.Api().Loader.OfType(Questionnaire.PageType, culture).OrderBy(p => p.Level).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).FirstOrDefault();
                var set = await figures.LatestAsync(context.CancellationToken);
                return figures.In(set, page is null ? null : Questionnaire.Read(page), culture);
            }),
        });
    }
}
