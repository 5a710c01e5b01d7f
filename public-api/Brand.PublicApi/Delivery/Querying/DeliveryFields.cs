using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.Delivery.Querying;

/// <summary>How a property field is compared in <c>filter=</c> and ordered in <c>sort=</c>.</summary>
public enum FieldKind
{
    /// <summary>Choices, tags and text facets: <c>alias:v1,v2</c> (any of), <c>alias:!v</c> (none of).</summary>
    Value,

    /// <summary>Dates and date-times: <c>alias&gt;2026-01-01</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c> (and <c>&gt;=</c>, <c>&lt;=</c>).</summary>
    Date,

    /// <summary>Integers and decimals: equality (any of) and the same comparisons as dates.</summary>
    Number,

    /// <summary>Booleans: <c>alias:true</c> or <c>alias:false</c>.</summary>
    Boolean,
}

/// <summary>A property that <c>filter=</c> (and, when single-valued, <c>sort=</c>) accepts.</summary>
/// <param name="Options">The allowed values when every type declares the property as a choice; null when free text.</param>
public sealed record PropertyField(string Alias, FieldKind Kind, bool Sortable, IReadOnlySet<string>? Options);

/// <summary>
/// What the query endpoint may filter and sort on, read once from the document types. Facet properties
/// (<c>"facet": true</c>) are filterable whatever their editor — what Umbraco needs a custom filter handler and
/// an index rebuild for. Dates, numbers and booleans are filterable too, facet or not, because range filters
/// such as <c>startDate&gt;2026-01-01</c> are what front-ends ask most. Free text that is not a facet is not:
/// use <c>name:</c> or the site search.
/// </summary>
public sealed class DeliveryFields
{
    /// <summary>Built-in filters, as in Umbraco. They win over a property of the same alias.</summary>
    public static readonly IReadOnlyList<string> BuiltInFilters = ["contentType", "name", "createDate", "updateDate"];

    /// <summary>Built-in sorts, as in Umbraco. "level" is the tree depth, even though resources have a "level" facet.</summary>
    public static readonly IReadOnlyList<string> BuiltInSorts = ["createDate", "updateDate", "level", "name", "sortOrder"];

    public DeliveryFields(ContentModel model)
    {
        var fields = new Dictionary<string, PropertyField>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        var contentTypes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in model.Types.Values.Where(t => !t.IsElement))
        {
            contentTypes.Add(type.Alias);
            foreach (var property in type.Properties)
            {
                if (KindOf(property) is not { } kind || conflicting.Contains(property.Alias))
                {
                    continue;
                }

                var field = new PropertyField(property.Alias, kind, SingleValued(property), ChoiceOptions(property));
                if (!fields.TryGetValue(property.Alias, out var seen))
                {
                    fields[property.Alias] = field;
                }
                else if (seen.Kind != kind)
                {
                    // One alias, two meanings in two types: no single comparison fits both, so neither is offered.
                    fields.Remove(property.Alias);
                    conflicting.Add(property.Alias);
                }
                else
                {
                    fields[property.Alias] = seen with
                    {
                        Sortable = seen.Sortable && field.Sortable,
                        Options = seen.Options is null || field.Options is null ? null
                            : new HashSet<string>(seen.Options.Union(field.Options), StringComparer.OrdinalIgnoreCase),
                    };
                }
            }
        }

        Properties = fields;
        ContentTypes = contentTypes;
    }

    /// <summary>Filterable properties by alias.</summary>
    public IReadOnlyDictionary<string, PropertyField> Properties { get; }

    /// <summary>Aliases of the document types items can have (element types only live inside block lists).</summary>
    public IReadOnlySet<string> ContentTypes { get; }

    public PropertyField? Property(string alias) => Properties.GetValueOrDefault(alias);

    /// <summary>Every filter name, for error messages.</summary>
    public string FilterNames() => string.Join(", ", BuiltInFilters.Concat(Properties.Keys.Where(k => !BuiltInFilters.Contains(k)).Order(StringComparer.Ordinal)));

    /// <summary>Every sort name, for error messages.</summary>
    public string SortNames() => string.Join(", ", BuiltInSorts.Concat(Properties.Values
        .Where(p => p.Sortable && !BuiltInSorts.Contains(p.Alias)).Select(p => p.Alias).Order(StringComparer.Ordinal)));

    private static FieldKind? KindOf(PropertyType p) => p.Editor switch
    {
        EditorKind.Date or EditorKind.DateTime => FieldKind.Date,
        EditorKind.Integer or EditorKind.Decimal => FieldKind.Number,
        EditorKind.Boolean => FieldKind.Boolean,
        EditorKind.SingleChoice or EditorKind.MultipleChoice or EditorKind.Tags when p.Facet => FieldKind.Value,
        _ when p.Facet && p.Editor.IsTextLike() => FieldKind.Value,
        _ => null,
    };

    private static bool SingleValued(PropertyType p) => p.Editor is not (EditorKind.MultipleChoice or EditorKind.Tags);

    private static HashSet<string>? ChoiceOptions(PropertyType p) =>
        p.Editor is EditorKind.SingleChoice or EditorKind.MultipleChoice && p.Options.Count > 0
            ? p.Options.Select(o => o.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
}
