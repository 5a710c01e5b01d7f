namespace Brand.PublicApi.GraphQL.Schema;

/// <summary>How aliases of the type files become GraphQL names: types in PascalCase, lists in the plural.</summary>
public static class GraphNames
{
    public static string TypeName(string alias) => char.ToUpperInvariant(alias[0]) + alias[1..];

    /// <summary>"event" → "events", "successStory" → "successStories"; an alias already ending in s gets "List".</summary>
    public static string Plural(string alias) => alias switch
    {
        _ when alias.EndsWith('s') => alias + "List",
        _ when alias.EndsWith('y') && alias.Length > 1 && !"aeiou".Contains(alias[^2], StringComparison.Ordinal) => alias[..^1] + "ies",
        _ when alias.EndsWith('x') || alias.EndsWith("ch", StringComparison.Ordinal) || alias.EndsWith("sh", StringComparison.Ordinal) => alias + "es",
        _ => alias + "s",
    };
}
