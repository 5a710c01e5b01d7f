using System.Globalization;
using Brand.Cms.Core;

namespace Brand.PublicApi.Delivery.Querying;

/// <summary>
/// One <c>filter=</c> value: <c>field:value</c>, <c>field:!value</c>, <c>field:v1,v2</c>, or a comparison
/// <c>field&gt;value</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c> (Umbraco's "or equal" spelling), also
/// accepting <c>&gt;=</c> and <c>&lt;=</c>.
/// </summary>
internal static class FilterParser
{
    private const string Example = "e.g. filter=contentType:event, filter=kind:!volunteerConnector, filter=startDate>2026-01-01";

    public static Outcome<Condition> Parse(DeliveryFields fields, string filter)
    {
        var at = filter.IndexOfAny([':', '<', '>']);
        if (at <= 0)
        {
            return Bad(filter, $"expected field:value or a comparison such as field>value ({Example}).");
        }

        var field = filter[..at].Trim();
        var (op, length) = filter[at] switch
        {
            ':' => (Comparison.Equal, 1),
            '>' => OrEqual(filter, at) ? (Comparison.GreaterOrEqual, 2) : (Comparison.Greater, 1),
            _ => OrEqual(filter, at) ? (Comparison.LessOrEqual, 2) : (Comparison.Less, 1),
        };
        var value = filter[(at + length)..].Trim();
        if (value.Length == 0 || value == "!")
        {
            return Bad(filter, $"no value after '{field}{filter.Substring(at, length)}' ({Example}).");
        }

        var negate = op == Comparison.Equal && value[0] == '!';
        var positive = negate ? value[1..].Trim() : value;
        switch (field.ToLowerInvariant())
        {
            case "contenttype":
                return op != Comparison.Equal ? NotComparable(filter, "contentType")
                    : ContentTypes(fields, filter, List(positive), negate);
            case "name":
                return op != Comparison.Equal ? NotComparable(filter, "name")
                    : TextFolding.Fold(positive) is { Length: > 0 } folded ? Ok(new NameCondition(folded, negate))
                    : Bad(filter, "the name to look for has no letters or digits.");
            case "createdate" or "updatedate":
                var builtIn = field.Equals("createDate", StringComparison.OrdinalIgnoreCase) ? "createDate" : "updateDate";
                return Date(filter, builtIn, builtIn: true, op, value);
        }

        if (Find(fields, field) is not { } property)
        {
            return Bad(filter, $"cannot filter on '{field}'. Filters: {fields.FilterNames()}.");
        }

        if (negate && property.Kind is not FieldKind.Value)
        {
            return Bad(filter, $"'!' (not) applies to contentType, name and choice or text fields, not to '{property.Alias}'.");
        }

        return property.Kind switch
        {
            FieldKind.Value when op != Comparison.Equal => NotComparable(filter, property.Alias),
            FieldKind.Value => Values(filter, property, List(positive), negate),
            FieldKind.Date => Date(filter, property.Alias, builtIn: false, op, value),
            FieldKind.Number => Numbers(filter, property.Alias, op, value),
            _ => op == Comparison.Equal && bool.TryParse(value, out var flag)
                ? Ok(new BooleanCondition(property.Alias, flag))
                : Bad(filter, $"'{property.Alias}' is true or false (e.g. filter={property.Alias}:true)."),
        };
    }

    /// <summary>A filterable property by alias; the exact spelling first, then ignoring case.</summary>
    public static PropertyField? Find(DeliveryFields fields, string alias) =>
        fields.Property(alias) ?? fields.Properties.Values.FirstOrDefault(p => p.Alias.Equals(alias, StringComparison.OrdinalIgnoreCase));

    private static bool OrEqual(string filter, int at) => at + 1 < filter.Length && filter[at + 1] is ':' or '=';

    private static List<string> List(string values) =>
        [.. values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static Outcome<Condition> ContentTypes(DeliveryFields fields, string filter, List<string> aliases, bool negate)
    {
        var resolved = new List<string>(aliases.Count);
        foreach (var alias in aliases)
        {
            if (fields.ContentTypes.FirstOrDefault(t => t.Equals(alias, StringComparison.OrdinalIgnoreCase)) is not { } known)
            {
                return Bad(filter, $"'{alias}' is not a content type. Content types: {string.Join(", ", fields.ContentTypes)}.");
            }

            resolved.Add(known);
        }

        return Ok(new ContentTypeCondition(resolved, negate));
    }

    private static Outcome<Condition> Values(string filter, PropertyField property, List<string> values, bool negate)
    {
        if (property.Options is { } options && values.FirstOrDefault(v => !options.Contains(v)) is { } unknown)
        {
            return Bad(filter, $"'{unknown}' is not a value of {property.Alias}. Values: {string.Join(", ", options.Order(StringComparer.Ordinal))}.");
        }

        return values.Count == 0 ? Bad(filter, "no value to match.") : Ok(new ValueCondition(property.Alias, values, negate));
    }

    private static Outcome<Condition> Date(string filter, string field, bool builtIn, Comparison op, string value)
    {
        if (op == Comparison.Equal)
        {
            return Bad(filter, $"'{field}' is compared with >, >:, < or <: (>: and <: mean 'or equal'), e.g. filter={field}>2026-01-01.");
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Ok(new DateCondition(field, builtIn, op, new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }

        // An unencoded '+' of a UTC offset arrives as a space: take it back rather than refuse the date.
        if (DateTimeOffset.TryParse(value.Replace(' ', '+'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return Ok(new DateCondition(field, builtIn, op, instant));
        }

        return Bad(filter, $"'{value}' is not a date: use yyyy-MM-dd (midnight UTC) or an ISO 8601 date and time such as 2026-01-01T09:00:00Z.");
    }

    private static Outcome<Condition> Numbers(string filter, string alias, Comparison op, string value)
    {
        var texts = op == Comparison.Equal ? List(value) : [value];
        var numbers = new List<decimal>(texts.Count);
        foreach (var text in texts)
        {
            if (!decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
            {
                return Bad(filter, $"'{text}' is not a number (use a dot for decimals, e.g. {alias}>2.5).");
            }

            numbers.Add(number);
        }

        return Ok(new NumberCondition(alias, op, numbers));
    }

    private static Outcome<Condition> NotComparable(string filter, string field) =>
        Bad(filter, $"'{field}' takes ':' (e.g. filter={field}:value, or {field}:!value to exclude), not > or <.");

    private static Outcome<Condition> Ok(Condition condition) => Outcome<Condition>.Ok(condition);

    private static Outcome<Condition> Bad(string filter, string problem) => Outcome<Condition>.BadRequest($"filter '{filter}': {problem}");
}
