using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Filtering;
using Brand.PublicApi.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Schema;

/// <summary>
/// The GraphQL face of one document type (or of the Content interface): its object type, its connection,
/// and the `where:` and `order:` inputs made from its comparable fields.
/// </summary>
public sealed class TypeGraph
{
    public TypeGraph(string name, IComplexGraphType graphType, ObjectGraphType connection, IReadOnlyDictionary<string, ValueField> fields,
        FilterInputTypes operations, CommonTypes common)
    {
        Name = name;
        GraphType = graphType;
        Connection = connection;
        Fields = fields;
        Filter = new InputObjectGraphType { Name = name + "FilterInput", Description = $"Conditions on {name} items: every field given must match; combine with `and` / `or`." };
        Filter.AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(Filter)), Description = "Every one of these must match." });
        Filter.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(Filter)), Description = "At least one of these must match." });
        Sort = new InputObjectGraphType { Name = name + "SortInput", Description = $"One sort key of {name} items; give several in a list, most important first." };
        foreach (var field in fields.Values)
        {
            // A deprecated property is deprecated everywhere it shows, so removing it later breaks nobody unwarned.
            Filter.AddField(new FieldType { Name = field.Name, ResolvedType = operations.For(field.Kind), Description = field.Description, DeprecationReason = field.Deprecated });
            if (field.Sortable)
            {
                Sort.AddField(new FieldType { Name = field.Name, ResolvedType = common.SortDirection, Description = field.Description, DeprecationReason = field.Deprecated });
            }
        }
    }

    public string Name { get; }
    public IComplexGraphType GraphType { get; }
    public ObjectGraphType Connection { get; }
    public InputObjectGraphType Filter { get; }
    public InputObjectGraphType Sort { get; }
    public IReadOnlyDictionary<string, ValueField> Fields { get; }

    /// <summary>
    /// A field computed by code rather than read from a property of the type file (LabelledActor.labelStatus).
    /// It is not offered in `where:` and `order:`, which compare stored values only. Add it before the schema is built.
    /// </summary>
    public void AddComputedField(FieldType field) => GraphType.AddField(field);

    /// <summary>Paging, `where:` and `order:` arguments; with `culture` on root fields.</summary>
    public QueryArguments ListArguments(bool withCulture, string defaultCulture)
    {
        var arguments = new QueryArguments();
        if (withCulture)
        {
            arguments.Add(CultureArgument(defaultCulture));
        }

        foreach (var argument in Paging.Arguments())
        {
            arguments.Add(argument);
        }

        arguments.Add(new QueryArgument(Filter) { Name = "where", Description = "Only the items matching these conditions." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(Sort))) { Name = "order", Description = "Sort keys, most important first. Default: content tree order." });
        return arguments;
    }

    public static QueryArgument CultureArgument(string defaultCulture) =>
        new(new StringGraphType()) { Name = "culture", DefaultValue = defaultCulture, Description = "Language of names, texts, labels and URLs (fr or en)." };

    /// <summary>Filters, orders and pages a list of this type, as the field's arguments say.</summary>
    public Connection<PublishedContent> Page(IResolveFieldContext context, IReadOnlyList<PublishedContent> items, Paging paging) =>
        Connection<PublishedContent>.Of(Shape(context, items), paging, context.FieldDefinition.Name);

    /// <summary>True when the field was given `where` or `order`.</summary>
    public static bool IsShaped(IResolveFieldContext context) => Argument(context, "where") is not null || Argument(context, "order") is not null;

    /// <summary>The items matching the field's `where`, in the field's `order` (ties keep the order they came in).</summary>
    public IReadOnlyList<PublishedContent> Shape(IResolveFieldContext context, IReadOnlyList<PublishedContent> items)
    {
        var field = context.FieldDefinition.Name;
        var filter = FilterCompiler.Compile(Argument(context, "where"), Fields, $"{field}.where");
        var order = SortCompiler.Compile(Argument(context, "order"), Fields, $"{field}.order");
        IReadOnlyList<PublishedContent> result = items;
        if (filter is not null)
        {
            var matching = new List<PublishedContent>();
            foreach (var item in items)
            {
                if (filter(item))
                {
                    matching.Add(item);
                }
            }

            result = matching;
        }

        if (order is not null)
        {
            // LINQ's OrderBy is stable: items equal on every key keep their order.
            result = result.Order(Comparer<PublishedContent>.Create(order)).ToList();
        }

        return result;
    }

    /// <summary>`where` and `order` on a list that has its own arguments besides (search, the directory).</summary>
    public void AddShapeArguments(QueryArguments arguments)
    {
        arguments.Add(new QueryArgument(Filter) { Name = "where", Description = "Only the results matching these conditions too (applied to the first 10,000 matches)." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(Sort))) { Name = "order", Description = "Sort keys, most important first, instead of the ranking." });
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
