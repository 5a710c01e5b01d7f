using System.Text.RegularExpressions;
using Brand.Cms.Core.Cultures;

namespace Brand.Cms.Core.DocumentTypes;

/// <summary>The semantic checks on document-type files: references, cycles, editors and their settings.</summary>
internal static partial class DocumentTypeValidator
{
    private static readonly HashSet<string> _reservedAliases = new(StringComparer.OrdinalIgnoreCase) { "name", "urlSegment", "id", "key", "contentType" };

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex AliasPattern();

    public static Dictionary<string, DocumentType> Validate(
        IReadOnlyList<(string Path, DocumentTypeFile File, JsonLineMap Lines)> files, CultureSet cultures, IReadOnlySet<string> unreadable,
        List<ConfigError> errors)
    {
        var reported = new List<ConfigError>();
        var byAlias = new Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)>(StringComparer.Ordinal);
        foreach (var entry in files)
        {
            var (path, file, lines) = entry;
            if (!AliasPattern().IsMatch(file.Alias))
            {
                reported.Add(new ConfigError(path, lines.LineOf("alias"), null, $"the alias '{file.Alias}' must be camelCase letters and digits"));
                continue;
            }

            if (byAlias.TryGetValue(file.Alias, out var first))
            {
                reported.Add(new ConfigError(path, lines.LineOf("alias"), null, $"duplicate document type alias '{file.Alias}' (already declared in {first.Path})"));
                continue;
            }

            if (!string.Equals(Path.GetFileNameWithoutExtension(path), file.Alias, StringComparison.Ordinal))
            {
                reported.Add(new ConfigError(path, lines.LineOf("alias"), null, $"the file must be named {file.Alias}.json after its alias"));
            }

            byAlias[file.Alias] = entry;
        }

        foreach (var (path, file, lines) in byAlias.Values)
        {
            CheckLocalized(file.Name, "name", path, lines, null, cultures, reported);
            CheckReferences(file, path, lines, byAlias, reported);
        }

        var cycles = FindCompositionCycles(byAlias, reported);
        var types = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        foreach (var (alias, (path, file, lines)) in byAlias)
        {
            if (cycles.Contains(alias))
            {
                continue;
            }

            var groups = CollectGroups(file, byAlias);
            var properties = new List<PropertyType>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (owner, index, property) in CollectProperties(file, byAlias))
            {
                var (ownerPath, _, ownerLines) = byAlias[owner];
                var at = $"properties[{index}]";
                if (seen.TryGetValue(property.Alias, out var other))
                {
                    reported.Add(new ConfigError(ownerPath, ownerLines.LineOf($"{at}.alias"), property.Alias,
                        owner == alias && other == alias
                            ? "duplicate property alias"
                            : $"duplicate property alias in '{alias}' (also declared by '{other}')"));
                    continue;
                }

                seen[property.Alias] = owner;

                if (CheckProperty(property, at, ownerPath, ownerLines, groups, byAlias, cultures, reported, reportOwnErrors: owner == alias)
                    is { } editor)
                {
                    properties.Add(new PropertyType(property, editor, owner));
                }
            }

            types[alias] = new DocumentType(file, path, properties, groups);
        }

        // A reference to a file that could not be read at all is already explained by that file's own error.
        errors.AddRange(reported.Where(e => !unreadable.Any(alias => e.Reason.Contains($"'{alias}' does not exist", StringComparison.Ordinal))));
        return types;
    }

    private static void CheckReferences(DocumentTypeFile file, string path, JsonLineMap lines,
        Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias, List<ConfigError> errors)
    {
        for (var i = 0; i < file.AllowedChildren.Count; i++)
        {
            var child = file.AllowedChildren[i];
            if (!byAlias.TryGetValue(child, out var target))
            {
                errors.Add(new ConfigError(path, lines.LineOf($"allowedChildren[{i}]"), null, $"allowed child '{child}' does not exist"));
            }
            else if (target.File.IsElement)
            {
                errors.Add(new ConfigError(path, lines.LineOf($"allowedChildren[{i}]"), null, $"allowed child '{child}' is an element type; element types live only in block lists"));
            }
        }

        for (var i = 0; i < file.Compositions.Count; i++)
        {
            if (!byAlias.ContainsKey(file.Compositions[i]))
            {
                errors.Add(new ConfigError(path, lines.LineOf($"compositions[{i}]"), null, $"composition '{file.Compositions[i]}' does not exist"));
            }
        }

        if (file.IsElement && (file.AllowedAtRoot || file.AllowedChildren.Count > 0))
        {
            errors.Add(new ConfigError(path, lines.LineOf("isElement"), null, "an element type cannot be allowed at root nor have children"));
        }
    }

    private static HashSet<string> FindCompositionCycles(
        Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias, List<ConfigError> errors)
    {
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in byAlias.Keys)
        {
            var stack = new List<string>();
            if (Reaches(start, start, byAlias, stack, new HashSet<string>(StringComparer.Ordinal)))
            {
                inCycle.Add(start);
                var (path, file, lines) = byAlias[start];
                var index = file.Compositions.IndexOf(stack[0]);
                errors.Add(new ConfigError(path, lines.LineOf($"compositions[{index}]"), null,
                    $"composition cycle: {start} -> {string.Join(" -> ", stack)}"));
            }
        }

        return inCycle;
    }

    private static bool Reaches(string target, string from, Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias,
        List<string> trail, HashSet<string> visited)
    {
        if (!byAlias.TryGetValue(from, out var entry) || !visited.Add(from))
        {
            return false;
        }

        foreach (var next in entry.File.Compositions)
        {
            trail.Add(next);
            if (next == target || Reaches(target, next, byAlias, trail, visited))
            {
                return true;
            }

            trail.RemoveAt(trail.Count - 1);
        }

        return false;
    }

    private static List<PropertyGroupFile> CollectGroups(DocumentTypeFile file, Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias)
    {
        var groups = new List<PropertyGroupFile>();
        foreach (var type in Lineage(file, byAlias, []))
        {
            groups.AddRange(type.Groups.Where(g => groups.All(existing => existing.Alias != g.Alias)));
        }

        return groups;
    }

    private static IEnumerable<(string Owner, int Index, PropertyTypeFile Property)> CollectProperties(
        DocumentTypeFile file, Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias) =>
        Lineage(file, byAlias, []).SelectMany(type => type.Properties.Select((p, i) => (type.Alias, i, p)));

    /// <summary>The type itself, then its compositions depth-first, each once.</summary>
    private static IEnumerable<DocumentTypeFile> Lineage(DocumentTypeFile file,
        Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias, HashSet<string> visited)
    {
        if (!visited.Add(file.Alias))
        {
            yield break;
        }

        yield return file;
        foreach (var composition in file.Compositions)
        {
            if (byAlias.TryGetValue(composition, out var entry))
            {
                foreach (var type in Lineage(entry.File, byAlias, visited))
                {
                    yield return type;
                }
            }
        }
    }

    private static EditorKind? CheckProperty(PropertyTypeFile p, string at, string path, JsonLineMap lines,
        List<PropertyGroupFile> groups, Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias,
        CultureSet cultures, List<ConfigError> errors, bool reportOwnErrors)
    {
        var local = new List<ConfigError>();
        void Fail(string field, string reason) => local.Add(new ConfigError(path, lines.LineOf($"{at}.{field}"), p.Alias, reason));

        if (!AliasPattern().IsMatch(p.Alias))
        {
            Fail("alias", $"the alias '{p.Alias}' must be camelCase letters and digits");
        }
        else if (_reservedAliases.Contains(p.Alias))
        {
            Fail("alias", $"'{p.Alias}' is reserved for the built-in node fields");
        }

        CheckLocalized(p.Label, $"{at}.label", path, lines, p.Alias, cultures, local);
        if (!EditorKinds.TryParse(p.Editor, out var editor))
        {
            Fail("editor", $"unknown editor '{p.Editor}'; expected one of: {string.Join(", ", EditorKinds.Names)}");
        }
        else
        {
            CheckEditorSettings(p, editor, Fail, byAlias);
        }

        if (p.Group is not null && groups.All(g => g.Alias != p.Group))
        {
            Fail("group", $"group '{p.Group}' is not declared on the type or its compositions");
        }

        if (p.Validation is { } v)
        {
            if (v.Min > v.Max)
            {
                Fail("validation", "validation.min is greater than validation.max");
            }

            if (v.Regex is not null)
            {
                try
                {
                    _ = new Regex(v.Regex);
                }
                catch (ArgumentException ex)
                {
                    Fail("validation.regex", $"the regex does not compile: {ex.Message}");
                }
            }
        }

        // A composition's own problems are reported once, against its own file, not once per type that uses it.
        if (reportOwnErrors)
        {
            errors.AddRange(local);
        }

        return local.Count == 0 ? editor : null;
    }

    private static void CheckEditorSettings(PropertyTypeFile p, EditorKind editor, Action<string, string> fail,
        Dictionary<string, (string Path, DocumentTypeFile File, JsonLineMap Lines)> byAlias)
    {
        var isChoice = editor is EditorKind.SingleChoice or EditorKind.MultipleChoice;
        if (isChoice && (p.Options is null || p.Options.Count == 0))
        {
            fail("editor", $"the {p.Editor} editor needs a non-empty \"options\" list");
        }
        else if (!isChoice && p.Options is not null)
        {
            fail("options", $"\"options\" only applies to singleChoice and multipleChoice, not {p.Editor}");
        }
        else if (p.Options is not null && p.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != p.Options.Count)
        {
            fail("options", "option values must be unique");
        }

        if (editor == EditorKind.BlockList)
        {
            if (p.ElementTypes is null || p.ElementTypes.Count == 0)
            {
                fail("editor", "the blockList editor needs a non-empty \"elementTypes\" list");
            }

            foreach (var element in p.ElementTypes ?? [])
            {
                if (!byAlias.TryGetValue(element, out var target))
                {
                    fail("elementTypes", $"element type '{element}' does not exist");
                }
                else if (!target.File.IsElement)
                {
                    fail("elementTypes", $"'{element}' is not an element type (\"isElement\": true)");
                }
            }
        }
        else if (p.ElementTypes is not null)
        {
            fail("elementTypes", "\"elementTypes\" only applies to blockList");
        }

        if (p.AllowedTypes is not null)
        {
            if (editor != EditorKind.ContentPicker)
            {
                fail("allowedTypes", "\"allowedTypes\" only applies to contentPicker");
            }

            foreach (var allowed in p.AllowedTypes.Where(a => !byAlias.ContainsKey(a)))
            {
                fail("allowedTypes", $"allowed type '{allowed}' does not exist");
            }
        }

        if (p.Multiple is not null && editor is not (EditorKind.ContentPicker or EditorKind.MediaPicker))
        {
            fail("multiple", "\"multiple\" only applies to contentPicker and mediaPicker");
        }
    }

    private static void CheckLocalized(LocalizedText text, string at, string path, JsonLineMap lines, string? property,
        CultureSet cultures, List<ConfigError> errors)
    {
        var missing = cultures.Codes.Where(c => !text.TryGetValue(c, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ConfigError(path, lines.LineOf(at), property, $"\"{at.Split('.').Last()}\" is missing a text for: {string.Join(", ", missing)}"));
        }
    }
}
