using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>
/// Whether an actor's label is valid, expired or absent, against the request's day: the `LabelStatus` enum,
/// used both as the `labelStatus` field of LabelledActor and as the `label` filter of `directory`. Its values
/// are the search index's date buckets, so the field and the filter cannot disagree.
/// </summary>
public sealed class LabelStatusGraph
{
    public const string ExpiryProperty = "labelExpiresOn";

    /// <summary>What `directory` shows when `label` is not given: the site's default view, expired labels left out.</summary>
    public static readonly IReadOnlyList<string> DirectoryDefault = [IndexSchema.Upcoming, IndexSchema.Undated];

    public LabelStatusGraph()
    {
        Type = new EnumerationGraphType { Name = "LabelStatus", Description = "Whether an actor's label is valid today, has expired, or was never dated." };
        Type.Add("VALID", IndexSchema.Upcoming, "The label is valid today (its expiry date is today or later).");
        Type.Add("EXPIRED", IndexSchema.Past, "The label's expiry date has passed.");
        Type.Add("NONE", IndexSchema.Undated, "No label expiry date: volunteer connectors and partner organisations usually have none.");
    }

    public EnumerationGraphType Type { get; }

    /// <summary>`labelStatus` on the actors' type, computed from the expiry date and the API's day (Paris).</summary>
    public void AddTo(TypeGraph actors) => actors.AddComputedField(new FieldType
    {
        Name = "labelStatus",
        Description = $"The label's status today, from `{ExpiryProperty}`: VALID, EXPIRED, or NONE without a date.",
        ResolvedType = new NonNullGraphType(Type),
        Resolver = new FuncFieldResolver<object?>(context =>
            IndexSchema.DateBucket(((PublishedContent)context.Source!).Value<DateOnly?>(ExpiryProperty), context.Api().Today)),
    });
}
