using System.Globalization;
using Brand.Cms.Core;

namespace Brand.PublicApi.Delivery.Querying;

/// <summary>
/// Reads the query string of <c>GET /content</c> in Umbraco's syntax. Every refusal names the parameter,
/// quotes what was sent and says what would be accepted.
/// </summary>
public sealed class QueryParser(DeliveryFields fields)
{
    /// <summary>Umbraco's default page size.</summary>
    public const int DefaultTake = 10;

    /// <summary>A page beyond this is refused: the open-data downloads serve whole sets.</summary>
    public const int MaxTake = 1000;

    /// <summary>Far more than a front-end combines; a bound on the work one request can ask for.</summary>
    public const int MaxFilters = 20;
    public const int MaxSorts = 5;

    private static readonly string[] _fetchKinds = ["children", "descendants", "ancestors"];

    public Outcome<ContentQuery> Parse(string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, string? skip, string? take)
    {
        var (fetchKind, target, fetchError) = ParseFetch(fetch);
        if (fetchError is not null)
        {
            return Outcome<ContentQuery>.BadRequest(fetchError);
        }

        if (filters.Count > MaxFilters)
        {
            return Outcome<ContentQuery>.BadRequest($"filter: {filters.Count} filters; at most {MaxFilters} per query.");
        }

        var conditions = new List<Condition>(filters.Count);
        foreach (var filter in filters)
        {
            var condition = FilterParser.Parse(fields, filter);
            if (!condition.Succeeded)
            {
                return condition.As<ContentQuery>();
            }

            conditions.Add(condition.Value!);
        }

        var sortKeys = new List<SortKey>();
        foreach (var sort in sorts.SelectMany(s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var key = ParseSort(sort);
            if (!key.Succeeded)
            {
                return key.As<ContentQuery>();
            }

            if (!sortKeys.Any(k => k.Field == key.Value!.Field && k.BuiltIn == key.Value.BuiltIn))
            {
                sortKeys.Add(key.Value!);
            }
        }

        if (sortKeys.Count > MaxSorts)
        {
            return Outcome<ContentQuery>.BadRequest($"sort: {sortKeys.Count} sort fields; at most {MaxSorts} per query.");
        }

        var skipValue = Count("skip", skip, 0, int.MaxValue);
        if (!skipValue.Succeeded)
        {
            return skipValue.As<ContentQuery>();
        }

        var takeValue = Count("take", take, DefaultTake, MaxTake);
        return takeValue.Succeeded
            ? Outcome<ContentQuery>.Ok(new ContentQuery(fetchKind, target, conditions, sortKeys, skipValue.Value, takeValue.Value))
            : takeValue.As<ContentQuery>();
    }

    private static (FetchKind Kind, string? Target, string? Error) ParseFetch(string? fetch)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return (FetchKind.All, null, null);
        }

        var colon = fetch.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? fetch.Trim() : fetch[..colon].Trim();
        var target = colon < 0 ? "" : fetch[(colon + 1)..].Trim();
        if (!_fetchKinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
        {
            return (FetchKind.All, null, $"fetch '{fetch}': expected children:, descendants: or ancestors: followed by an item's id or path "
                + "(e.g. fetch=children:/fr/evenements). Only one fetch per query.");
        }

        if (target.Length == 0)
        {
            return (FetchKind.All, null, $"fetch '{fetch}': give the id or path of the item after '{kind}:' (e.g. fetch={kind.ToLowerInvariant()}:/fr/evenements).");
        }

        return (Enum.Parse<FetchKind>(kind, ignoreCase: true), target, null);
    }

    private Outcome<SortKey> ParseSort(string sort)
    {
        var colon = sort.IndexOf(':', StringComparison.Ordinal);
        var field = (colon < 0 ? sort : sort[..colon]).Trim();
        var direction = colon < 0 ? "asc" : sort[(colon + 1)..].Trim();
        bool descending;
        if (direction.Equals("asc", StringComparison.OrdinalIgnoreCase))
        {
            descending = false;
        }
        else if (direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            descending = true;
        }
        else
        {
            return Outcome<SortKey>.BadRequest($"sort '{sort}': the direction is 'asc' or 'desc' (e.g. sort=name:asc), not '{direction}'.");
        }

        if (DeliveryFields.BuiltInSorts.FirstOrDefault(b => b.Equals(field, StringComparison.OrdinalIgnoreCase)) is { } builtIn)
        {
            return Outcome<SortKey>.Ok(new SortKey(builtIn, descending, BuiltIn: true));
        }

        return FilterParser.Find(fields, field) switch
        {
            { Sortable: true } property => Outcome<SortKey>.Ok(new SortKey(property.Alias, descending, BuiltIn: false)),
            { } property => Outcome<SortKey>.BadRequest(
                $"sort '{sort}': '{property.Alias}' holds several values per item, so items cannot be ordered by it. Sorts: {fields.SortNames()}."),
            null => Outcome<SortKey>.BadRequest($"sort '{sort}': cannot sort on '{field}'. Sorts: {fields.SortNames()}."),
        };
    }

    private static Outcome<int> Count(string parameter, string? text, int absent, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<int>.Ok(absent);
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return Outcome<int>.BadRequest($"{parameter} '{text}': expected a whole number, 0 or more.");
        }

        return value <= max
            ? Outcome<int>.Ok(value)
            : Outcome<int>.BadRequest($"{parameter} '{text}': at most {max.ToString(CultureInfo.InvariantCulture)} items per request; page with skip.");
    }
}
