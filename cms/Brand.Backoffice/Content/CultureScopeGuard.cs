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
                if (!JsonNode.DeepEquals(WithoutScope(scope, before.Get(alias, culture)), WithoutScope(scope, after.Get(alias, culture))))
                {
                    return culture.Length == 0 ? $"'{alias}' (shared by the cultures)" : $"'{alias}' in '{culture}'";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A block list without the values in the cultures of <paramref name="scope"/>: what must stay equal when a
    /// Translator translates the blocks of a shared list (their number, order, keys, types and shared values).
    /// A block is {"key", "type", "values"}; a variant property of a shared list holds {"fr": …, "en": …}.
    /// </summary>
    private static JsonNode? WithoutScope(CultureScope scope, JsonNode? value)
    {
        if (value is not JsonArray blocks || !blocks.All(b => b is JsonObject { } o && o["values"] is JsonObject))
        {
            return value;
        }

        var copy = (JsonArray)blocks.DeepClone();
        foreach (var values in copy.Select(b => (JsonObject)b!["values"]!))
        {
            foreach (var (alias, perCulture) in values.ToList())
            {
                var editable = (perCulture as JsonObject)?.Select(kv => kv.Key).Where(c => c.Length > 0 && scope.Allows(c)).ToList() ?? [];
                if (editable.Count == 0)
                {
                    continue;
                }

                var byCulture = (JsonObject)perCulture!;
                editable.ForEach(c => byCulture.Remove(c));

                // A value only in the edited culture leaves nothing: as if it had never been there.
                if (byCulture.Count == 0)
                {
                    values.Remove(alias);
                }
            }
        }

        return copy;
    }

    private static List<string> KeysOf(DocumentData data, string alias) =>
        data.Values.TryGetValue(alias, out var byCulture) ? [.. byCulture.Keys] : [];
}
