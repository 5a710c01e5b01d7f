namespace Brand.PublicApi.Delivery.Output;

/// <summary>
/// The v2 syntax of <c>expand=</c> and <c>fields=</c>: <c>properties[$all]</c>, <c>properties[a,b]</c>, and
/// nested <c>properties[a[properties[x,y]]]</c> for the properties of what <c>a</c> holds (a picked item, the
/// elements of a block list). The same tree serves both: expand says which pickers show their item's
/// properties, fields which properties are written at all.
/// </summary>
public sealed class PropertySelection
{
    private const int MaxDepth = 8;
    private static readonly Dictionary<string, PropertySelection?> _noNames = [];

    private readonly bool _all;
    private readonly PropertySelection? _allNested;
    private readonly IReadOnlyDictionary<string, PropertySelection?> _named;

    private PropertySelection(bool all, PropertySelection? allNested, IReadOnlyDictionary<string, PropertySelection?> named)
    {
        _all = all;
        _allNested = allNested;
        _named = named;
    }

    /// <summary>No property: what <c>expand</c> means when absent.</summary>
    public static PropertySelection None { get; } = new(false, null, _noNames);

    /// <summary>Every property, at every depth: what <c>fields</c> means when absent.</summary>
    public static PropertySelection Everything { get; } = new(true, null, _noNames);

    public bool Includes(string alias) => _all || _named.ContainsKey(alias);

    /// <summary>The selection for the properties inside a property; <paramref name="fallback"/> when the request says nothing about them.</summary>
    public PropertySelection Nested(string alias, PropertySelection fallback) =>
        _named.TryGetValue(alias, out var nested) && nested is not null ? nested : _allNested ?? fallback;

    /// <summary>Parses a parameter; <paramref name="absent"/> when it is missing or blank.</summary>
    public static Outcome<PropertySelection> Parse(string parameter, string? text, PropertySelection absent)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<PropertySelection>.Ok(absent);
        }

        var reader = new Reader(parameter, text.Trim());
        var selection = reader.Selection(0);
        if (reader.Error is null && !reader.AtEnd)
        {
            reader.Fail("unexpected text after the closing ']'");
        }

        return reader.Error is { } error ? Outcome<PropertySelection>.BadRequest(error) : Outcome<PropertySelection>.Ok(selection!);
    }

    /// <summary>A recursive-descent reader; the first error stops it.</summary>
    private sealed class Reader(string parameter, string text)
    {
        private const string Keyword = "properties[";
        private int _at;

        public string? Error { get; private set; }

        public bool AtEnd => _at == text.Length;

        public PropertySelection? Selection(int depth)
        {
            if (depth >= MaxDepth)
            {
                return Fail($"nesting deeper than {MaxDepth} levels");
            }

            if (string.Compare(text, _at, Keyword, 0, Keyword.Length, StringComparison.Ordinal) != 0)
            {
                return Fail(depth == 0 && (text is "all" || text.StartsWith("property:", StringComparison.Ordinal))
                    ? $"this is the v1 syntax; v2 takes {parameter}=properties[$all] or {parameter}=properties[alias1,alias2]"
                    : "expected 'properties['");
            }

            _at += Keyword.Length;
            var all = false;
            PropertySelection? allNested = null;
            var named = new Dictionary<string, PropertySelection?>(StringComparer.Ordinal);
            while (Error is null && Peek() != ']')
            {
                if (named.Count > 0 || all)
                {
                    if (Peek() != ',')
                    {
                        return Fail("expected ',' or ']'");
                    }

                    _at++;
                }

                var start = _at;
                while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '-' or '$'))
                {
                    _at++;
                }

                var name = text[start.._at];
                if (name.Length == 0)
                {
                    return Fail("expected a property alias or $all");
                }

                if (name.Contains('$', StringComparison.Ordinal) && name != "$all")
                {
                    return Fail($"'{name}' is not an alias; the only operator is $all");
                }

                PropertySelection? nested = null;
                if (Peek() == '[')
                {
                    _at++;
                    nested = Selection(depth + 1);
                    if (Error is null && Peek() != ']')
                    {
                        return Fail("expected ']' after the nested properties[…]");
                    }

                    _at++;
                }

                if (name == "$all")
                {
                    all = true;
                    allNested = nested ?? allNested;
                }
                else
                {
                    named[name] = nested;
                }
            }

            if (Error is not null)
            {
                return null;
            }

            _at++;
            return new PropertySelection(all, allNested, named);
        }

        public PropertySelection? Fail(string problem)
        {
            Error ??= $"{parameter} '{text}': {problem} at character {_at + 1}. Syntax: properties[$all], properties[alias1,alias2], "
                + "properties[alias[properties[nestedAlias]]].";
            return null;
        }

        private char Peek() => _at < text.Length ? text[_at] : '\0';
    }
}
