using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// The query string of a list page: ?page=N and GET filters. Values are checked against the known options,
/// so a hand-edited URL shows the unfiltered list instead of an error, and never echoes unknown input.
/// </summary>
public sealed class ListQuery(HttpRequest request)
{
    public const int DefaultPageSize = 10;

    /// <summary>The requested page, 1 when absent or not a positive number.</summary>
    public int Page =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>The filter's value when it is one of the allowed ones, else null.</summary>
    public string? Filter(string name, IEnumerable<string> allowed)
    {
        var value = request.Query[name].ToString();
        return value.Length > 0 && allowed.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    /// <summary>The free-text query (?q=), trimmed and capped so a pasted essay cannot slow the page.</summary>
    public string Text(string name = "q")
    {
        var value = request.Query[name].ToString().Trim();
        return value.Length > 200 ? value[..200] : value;
    }

    /// <summary>The current path and query with one parameter replaced (null removes it): pagination links keep filters.</summary>
    public string With(string name, string? value)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (!string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var v in values)
                {
                    if (!string.IsNullOrEmpty(v))
                    {
                        query.Add(key, v);
                    }
                }
            }
        }

        if (value is not null)
        {
            query.Add(name, value);
        }

        return request.PathBase + request.Path + query.ToQueryString();
    }
}

/// <summary>One page of a list, with what the pagination needs.</summary>
public sealed class Paged<T>
{
    public Paged(IReadOnlyList<T> all, int page, long? pageSize)
    {
        var size = pageSize is > 0 and <= 200 ? (int)pageSize.Value : ListQuery.DefaultPageSize;
        Total = all.Count;
        PageCount = Math.Max(1, (Total + size - 1) / size);
        Page = Math.Clamp(page, 1, PageCount);
        Items = all.Skip((Page - 1) * size).Take(size).ToList();
    }

    public IReadOnlyList<T> Items { get; }

    public int Page { get; }

    public int PageCount { get; }

    public int Total { get; }
}
