using Brand.Cms.Core.Network;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>
/// `networkStatistics`: the brand network at a glance, the same figures as the mission team's statistics page and
/// the open-data download network-statistics. Counts only: no actor or applicant is named.
/// </summary>
public static class NetworkStatisticsQuery
{
    public static void AddTo(ObjectGraphType query, ContentGraph graph)
    {
        static CountBy C(object s) => (CountBy)s;
        static MonthFigures M(object s) => (MonthFigures)s;
        static DecisionTimes D(object s) => (DecisionTimes)s;
        static NetworkFigures F(object s) => (NetworkFigures)s;

        var count = new ObjectGraphType { Name = "NetworkCount", Description = "How many actors or applications share a value." };
        count.AddField(CommonTypes.Field("value", new NonNullGraphType(new StringGraphType()), "The value: a category or specialty as in the directory (volunteerConnector, website…), a region's INSEE code, or an application status.", s => C(s).Value));
        count.AddField(CommonTypes.Field("label", new NonNullGraphType(new StringGraphType()), "Its wording in the requested culture.", s => C(s).Label));
        count.AddField(CommonTypes.Field("count", new NonNullGraphType(new IntGraphType()), "How many.", s => C(s).Count));

        var month = new ObjectGraphType { Name = "NetworkApplicationMonth", Description = "Applications to join the network in one calendar month (Paris time)." };
        month.AddField(CommonTypes.Field("month", new NonNullGraphType(new StringGraphType()), "The month, as 2026-11.", s => M(s).Month));
        month.AddField(CommonTypes.Field("submitted", new NonNullGraphType(new IntGraphType()), "Applications received that month.", s => M(s).Submitted));
        month.AddField(CommonTypes.Field("granted", new NonNullGraphType(new IntGraphType()), "Labels granted that month.", s => M(s).Granted));
        month.AddField(CommonTypes.Field("refused", new NonNullGraphType(new IntGraphType()), "Applications refused that month.", s => M(s).Refused));

        var times = new ObjectGraphType { Name = "NetworkDecisionTimes", Description = $"Days from an application to its decision, over the decisions of the last {NetworkStatistics.Months} months." };
        times.AddField(CommonTypes.Field("decided", new NonNullGraphType(new IntGraphType()), "How many decisions the figures rest on.", s => D(s).Decided));
        times.AddField(CommonTypes.Field("medianDays", new FloatGraphType(), "Median, in days, to a tenth; null without decisions.", s => D(s).MedianDays));
        times.AddField(CommonTypes.Field("averageDays", new FloatGraphType(), "Average, in days, to a tenth; null without decisions.", s => D(s).AverageDays));
        times.AddField(CommonTypes.Field("ninetiethPercentileDays", new FloatGraphType(), "Nine decisions in ten were taken within this many days; null without decisions.", s => D(s).NinetiethPercentileDays));

        var figures = new ObjectGraphType { Name = "NetworkStatistics", Description = "The Croissance Connectée network: its actors and the applications to join it." };
        figures.AddField(CommonTypes.Field("today", new NonNullGraphType(new DateOnlyGraphType()), "The day (Paris time) the figures are for: labels valid on it are active.", s => F(s).Today));
        figures.AddField(CommonTypes.Field("activeActors", new NonNullGraphType(new IntGraphType()), "Actors in the directory whose label is valid today, or who hold no dated label.", s => F(s).ActiveActors));
        figures.AddField(CommonTypes.Field("expiredLabels", new NonNullGraphType(new IntGraphType()), "Actors in the directory whose label has expired (not counted in the breakdowns).", s => F(s).ExpiredLabels));
        figures.AddField(CommonTypes.Field("actorsByKind", new NonNullGraphType(new ListGraphType(new NonNullGraphType(count))), "Active actors by category, most first.", s => F(s).ActorsByKind));
        figures.AddField(CommonTypes.Field("actorsByRegion", new NonNullGraphType(new ListGraphType(new NonNullGraphType(count))), "Active actors by region served (an actor serving two regions counts in both), most first.", s => F(s).ActorsByRegion));
        figures.AddField(CommonTypes.Field("actorsBySpecialty", new NonNullGraphType(new ListGraphType(new NonNullGraphType(count))), "Active actors by specialty (an actor counts once per specialty), most first.", s => F(s).ActorsBySpecialty));
        figures.AddField(CommonTypes.Field("applicationsByStatus", new NonNullGraphType(new ListGraphType(new NonNullGraphType(count))), "Every application kept, by where it stands.", s => F(s).ApplicationsByStatus));
        figures.AddField(CommonTypes.Field("applicationsPerMonth", new NonNullGraphType(new ListGraphType(new NonNullGraphType(month))), $"The last {NetworkStatistics.Months} months, oldest first.", s => F(s).ApplicationsPerMonth));
        figures.AddField(CommonTypes.Field("timeToDecision", new NonNullGraphType(times), "How long applicants wait for a decision.", s => F(s).TimeToDecision));

        query.AddField(new FieldType
        {
            Name = "networkStatistics",
            Description = "The brand network's figures: active actors by category, region and specialty, applications per month, time to decision.",
            ResolvedType = new NonNullGraphType(figures),
            Arguments = new QueryArguments(TypeGraph.CultureArgument(graph.DefaultCulture)),
            Resolver = new FuncFieldResolver<object?>(async context =>
                await context.RequestServices!.GetRequiredService<NetworkStatistics>().ComputeAsync(context.Culture(), context.CancellationToken)),
        });
    }
}
