using System.Collections;
using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Relay;

namespace Brand.PublicApi.GraphQL.Filtering;

/// <summary>
/// Turns a `where:` value into one predicate, once per request rather than once per item. Fields of one
/// object must all match (and); `and` and `or` take lists of the same object.
/// </summary>
public static class FilterCompiler
{
    private static readonly CompareInfo _compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static Func<PublishedContent, bool>? Compile(object? where, IReadOnlyDictionary<string, ValueField> fields, string path)
    {
        if (where is not IDictionary<string, object?> filter || filter.Count == 0)
        {
            return null;
        }

        var parts = new List<Func<PublishedContent, bool>>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "and":
                    var all = Each(value, fields, $"{path}.and");
                    parts.Add(c => all.All(p => p(c)));
                    break;
                case "or":
                    var any = Each(value, fields, $"{path}.or");
                    parts.Add(c => any.Count == 0 || any.Any(p => p(c)));
                    break;
                default:
                    var field = fields[name];
                    parts.Add(Operations(field, (IDictionary<string, object?>)value, $"{path}.{name}"));
                    break;
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => c => parts.TrueForAll(p => p(c)),
        };
    }

    private static List<Func<PublishedContent, bool>> Each(object value, IReadOnlyDictionary<string, ValueField> fields, string path) =>
        ((IEnumerable)value).Cast<object?>().Select((v, i) => Compile(v, fields, $"{path}[{i}]") ?? (_ => true)).ToList();

    private static Func<PublishedContent, bool> Operations(ValueField field, IDictionary<string, object?> operations, string path)
    {
        var checks = new List<Func<object?, bool>>();
        foreach (var (op, operand) in operations)
        {
            if (operand is null && op is not ("eq" or "neq"))
            {
                continue;
            }

            checks.Add(field.Kind switch
            {
                ValueKind.TextList => ListOperation(op, operand),
                ValueKind.Reference => ReferenceOperation(op, operand, path),
                _ => ScalarOperation(op, Normalize(operand)),
            });
        }

        var get = field.Get;
        return c =>
        {
            var value = Normalize(get(c));
            return checks.TrueForAll(check => check(value));
        };
    }

    private static Func<object?, bool> ScalarOperation(string op, object? operand)
    {
        switch (op)
        {
            case "eq":
                return v => Equals(v, operand);
            case "neq":
                return v => !Equals(v, operand);
            case "in":
                var set = Set(operand);
                return v => v is not null && set.Contains(v);
            case "nin":
                var excluded = Set(operand);
                return v => v is null || !excluded.Contains(v);
            case "contains":
                return v => v is string s && _compare.IndexOf(s, (string)operand!, Loose) >= 0;
            case "startsWith":
                return v => v is string s && _compare.IsPrefix(s, (string)operand!, Loose);
            case "gt":
                return v => Compare(v, operand) is > 0 and not Incomparable;
            case "gte":
                return v => Compare(v, operand) is >= 0 and not Incomparable;
            case "lt":
                return v => Compare(v, operand) is < 0 and not Incomparable;
            case "lte":
                return v => Compare(v, operand) is <= 0 and not Incomparable;
            default:
                throw new ArgumentError($"where: unknown operation `{op}`.");
        }
    }

    private static Func<object?, bool> ListOperation(string op, object? operand)
    {
        switch (op)
        {
            case "contains":
                return v => v is string[] values && values.Contains((string)operand!, StringComparer.Ordinal);
            case "in":
                var set = Set(operand);
                return v => v is string[] values && values.Any(set.Contains);
            case "all":
                var required = Set(operand);
                return v => v is string[] values && required.All(r => values.Contains((string)r, StringComparer.Ordinal));
            case "any":
                var wanted = (bool)operand!;
                return v => (v is string[] { Length: > 0 }) == wanted;
            default:
                throw new ArgumentError($"where: unknown operation `{op}`.");
        }
    }

    private static Func<object?, bool> ReferenceOperation(string op, object? operand, string path)
    {
        Guid Key(object? id) => GlobalId.TryDecode(id as string, out _, out var key)
            ? key
            : throw new ArgumentError($"{path}: \"{id}\" is not a global ID; use the `id` of the item you mean.");

        static bool Picks(object? value, Func<Guid, bool> match) => value switch
        {
            Guid one => match(one),
            Guid[] many => many.Any(match),
            _ => false,
        };

        switch (op)
        {
            case "eq":
                var key = Key(operand);
                return v => Picks(v, k => k == key);
            case "in":
                var keys = ((IEnumerable)operand!).Cast<object?>().Select(Key).ToHashSet();
                return v => Picks(v, keys.Contains);
            case "any":
                var wanted = (bool)operand!;
                return v => (v is Guid || v is Guid[] { Length: > 0 }) == wanted;
            default:
                throw new ArgumentError($"where: unknown operation `{op}`.");
        }
    }

    private static HashSet<object> Set(object? operand) =>
        ((IEnumerable)operand!).Cast<object?>().Select(Normalize).OfType<object>().ToHashSet();

    /// <summary>Numbers of either width compare as decimals, so `{ year: { gt: 2015 } }` works on an integer property.</summary>
    private static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        DateTime d => d.AsUtc(),
        _ => value,
    };

    /// <summary>Returned when the two cannot be compared: a missing value never passes gt/lt.</summary>
    private const int Incomparable = int.MinValue;

    private static int Compare(object? value, object? operand) => (value, operand) switch
    {
        (long a, long b) => Math.Sign(a.CompareTo(b)),
        (long a, decimal b) => ((decimal)a).CompareTo(b),
        (decimal a, decimal b) => a.CompareTo(b),
        (decimal a, long b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        _ => Incomparable,
    };
}
