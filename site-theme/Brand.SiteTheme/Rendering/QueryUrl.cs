using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// A link to a page with a query string written from checked values only, in a fixed order: the links of a
/// search page (pagination, "remove this filter", reset) never carry a parameter the page did not understand.
/// </summary>
public sealed class QueryUrl(string path)
{
    private readonly List<KeyValuePair<string, string?>> _pairs = [];

    /// <summary>Adds name=value; an empty or null value is left out.</summary>
    public QueryUrl Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds name=value once per value (repeated parameters, as a form's checkboxes send them).</summary>
    public QueryUrl AddEach(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(name, value);
        }

        return this;
    }

    public override string ToString() => path + QueryString.Create(_pairs).ToUriComponent();
}
