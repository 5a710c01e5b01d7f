using System.Collections;
using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Relay;

namespace Brand.PublicApi.GraphQL.Filtering;

/// <summary>
/// Turns `order: [{ startDate: ASC }, { name: ASC }]` into one comparison. Each entry names one field;
/// missing values sort last whatever the direction; text compares as a French reader expects.
/// </summary>
public static class SortCompiler
{
    private static readonly StringComparer _text = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public static Comparison<PublishedContent>? Compile(object? order, IReadOnlyDictionary<string, ValueField> fields, string path)
    {
        if (order is not IEnumerable entries)
        {
            return null;
        }

        var keys = new List<(Func<PublishedContent, object?> Get, int Direction)>();
        var i = 0;
        foreach (var entry in entries)
        {
            if (entry is not IDictionary<string, object?> sort || sort.Count(kv => kv.Value is not null) != 1)
            {
                throw new ArgumentError($"{path}[{i}]: name exactly one field per entry, e.g. [{{ startDate: ASC }}, {{ name: ASC }}].");
            }

            var (name, direction) = sort.First(kv => kv.Value is not null);
            keys.Add((fields[name].Get, direction is "DESC" ? -1 : 1));
            i++;
        }

        if (keys.Count == 0)
        {
            return null;
        }

        return (a, b) =>
        {
            foreach (var (get, direction) in keys)
            {
                var (x, y) = (get(a), get(b));
                // Missing values last in both directions, so the direction is not applied to them.
                var result = (x, y) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    (string s, string t) => direction * Math.Sign(_text.Compare(s, t)),
                    (IComparable c, _) => direction * Math.Sign(c.CompareTo(y)),
                    _ => 0,
                };
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        };
    }
}
