namespace Brand.PublicApi.Delivery.Querying;

/// <summary>Which items a query starts from (<c>fetch=</c>).</summary>
public enum FetchKind
{
    /// <summary>No fetch: every item, or the descendants of the Start-Item header's root.</summary>
    All,
    Children,
    Descendants,
    Ancestors,
}

public enum Comparison
{
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>A parsed <c>GET /content</c> request, before its fetch target is looked up.</summary>
/// <param name="FetchTarget">The id or path after "children:" etc.; null for <see cref="FetchKind.All"/>.</param>
public sealed record ContentQuery(
    FetchKind Fetch,
    string? FetchTarget,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<SortKey> Sort,
    int Skip,
    int Take);

/// <summary>One <c>sort=</c>: a built-in field or a sortable property.</summary>
public sealed record SortKey(string Field, bool Descending, bool BuiltIn);

/// <summary>One <c>filter=</c>. Filters combine with AND; the values of one filter with OR.</summary>
public abstract record Condition;

public sealed record ContentTypeCondition(IReadOnlyList<string> Aliases, bool Negate) : Condition;

/// <summary>Name contains the text, ignoring case and accents (Umbraco's index matches words; this matches any part).</summary>
public sealed record NameCondition(string FoldedText, bool Negate) : Condition;

/// <summary>
/// A date comparison on createDate/updateDate (<paramref name="BuiltIn"/>) or a date property. A date without a
/// time, in the filter or in a date-only property, stands for midnight UTC, so days compare as days.
/// </summary>
public sealed record DateCondition(string Field, bool BuiltIn, Comparison Op, DateTimeOffset Instant) : Condition;

public sealed record ValueCondition(string Alias, IReadOnlyList<string> Values, bool Negate) : Condition;

public sealed record NumberCondition(string Alias, Comparison Op, IReadOnlyList<decimal> Values) : Condition;

public sealed record BooleanCondition(string Alias, bool Value) : Condition;
