using System.Text.Json.Nodes;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;

namespace Brand.Backoffice.Content;

/// <summary>
/// Whether a new draft changes anything outside the cultures a user may edit: the form of a Translator never
/// does, so a difference means a hand-made request, refused by the page.
/// </summary>
public static class CultureScopeGuard
{
    /// <summary>A description of the first change outside <paramref name="scope"/>, or null.</summary>
    public static string? ChangeOutside(CultureScope scope, DocumentData before, DocumentData after)
    {
        foreach (var culture in before.Names.Keys.Union(after.Names.Keys).Where(c => !scope.Allows(c)))
        {
            if (before.Names.GetValueOrDefault(culture) != after.Names.GetValueOrDefault(culture))
            {
                return $"the name in '{culture}'";
            }
        }

        foreach (var culture in before.Segments.Keys.Union(after.Segments.Keys).Where(c => !scope.Allows(c)))
        {
            if (before.Segments.GetValueOrDefault(culture) != after.Segments.GetValueOrDefault(culture))
            {
                return $"the URL segment in '{culture}'";
            }
        }

        foreach (var alias in before.Values.Keys.Union(after.Values.Keys))
        {
            var cultures = KeysOf(before, alias).Union(KeysOf(after, alias));
            foreach (var culture in cultures.Where(c => !scope.Allows(c)))
            {
                if (!JsonNode.DeepEquals(before.Get(alias, culture), after.Get(alias, culture)))
                {
                    return culture.Length == 0 ? $"'{alias}' (shared by the cultures)" : $"'{alias}' in '{culture}'";
                }
            }
        }

        return null;
    }

    private static List<string> KeysOf(DocumentData data, string alias) =>
        data.Values.TryGetValue(alias, out var byCulture) ? [.. byCulture.Keys] : [];
}
