using Brand.Cms.Core.DocumentTypes;

namespace Brand.SiteTheme.Rendering;

/// <summary>One select of a GET filter form: the query parameter, its label, the options, the value kept from the URL.</summary>
public sealed record FilterField(string Name, string Label, IReadOnlyList<(string Value, string Label)> Choices, string? Selected);

/// <summary>
/// The filters of a list page (events, success stories, aid schemes), read from the query string and checked
/// against the property's options: the form works without JavaScript and keeps the chosen values.
/// </summary>
public sealed class Filters
{
    private readonly ListQuery _query;
    private readonly ThemeContext _theme;
    private readonly List<FilterField> _fields = [];

    public Filters(ThemeContext theme, ListQuery query)
    {
        _theme = theme;
        _query = query;
    }

    public IReadOnlyList<FilterField> Fields => _fields;

    public bool Any => _fields.Any(f => f.Selected is not null);

    /// <summary>Adds a select for a choice property of <paramref name="type"/>; returns the chosen value, if valid.</summary>
    public string? Add(string name, DocumentType? type, string alias) =>
        Add(name, type is null ? alias : _theme.Format.Label(type, alias), _theme.Format.Choices(type, alias));

    /// <summary>Adds a select with given choices; returns the chosen value, if it is one of them.</summary>
    public string? Add(string name, string label, IReadOnlyList<(string Value, string Label)> choices)
    {
        var selected = _query.Filter(name, choices.Select(c => c.Value));
        _fields.Add(new FilterField(name, label, choices, selected));
        return selected;
    }
}
