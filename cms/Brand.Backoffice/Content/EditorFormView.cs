using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Backoffice.Content;

/// <summary>One field of the editor as the view renders it: which property, under which name, with what value.</summary>
/// <param name="Culture">The culture the value is in ("" when shared by the cultures).</param>
/// <param name="ErrorPath">The engine's name for the value ("summary", "blocks[2].title"), to find its errors.</param>
public sealed record EditorField(PropertyType Property, string Name, string Culture, JsonNode? Value, bool ReadOnly, string ErrorPath, EditorFormView Form)
{
    public string Id => EditorFields.Id(Name);

    public string Label => Property.Label.In("fr");

    public IReadOnlyList<string> Errors => Form.ErrorsFor(ErrorPath, Culture, Property);

    /// <summary>The value as an input shows it: a stored value, or what was typed when it did not parse.</summary>
    public string Text => Value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String && Property.Editor == EditorKind.DateTime => ParisTime.StoredToLocal(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonArray a => string.Join(", ", a.Select(i => i?.ToString())),
        _ => Value.ToJsonString(),
    };

    public IReadOnlyList<string> Items => Value switch
    {
        JsonArray a => a.Select(i => i?.ToString() ?? "").ToList(),
        JsonValue v => [v.ToString()],
        _ => [],
    };

    public bool IsChecked => Value is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public string Part(string key) => (Value as JsonObject)?[key] is { } part ? part.ToString() : "";
}

/// <summary>
/// The editor form's state for the view: the draft shown (stored or as typed), the culture edited, who may
/// change what, the errors to place next to their fields, and what the pickers offer.
/// </summary>
public sealed class EditorFormView(ContentModel model, DocumentType type, DocumentData data, string culture, bool canEditCulture, bool canEditShared,
    IReadOnlyList<PropertyError> errors)
{
    public ContentModel Model => model;
    public DocumentType Type => type;
    public DocumentData Data => data;
    public string Culture => culture;
    public bool CanEditCulture => canEditCulture;
    public bool CanEditShared => canEditShared;
    public IReadOnlyList<PropertyError> AllErrors => errors;

    public IReadOnlyList<MediaOption> Media { get; init; } = [];

    /// <summary>Names of the items a content picker shows (chosen ones and search results), by key.</summary>
    public IReadOnlyDictionary<Guid, ContentRow> ContentRows { get; init; } = new Dictionary<Guid, ContentRow>();

    /// <summary>Search results of the content pickers, by field name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ContentRow>> SearchResults { get; init; } = new Dictionary<string, IReadOnlyList<ContentRow>>();

    public IReadOnlyDictionary<string, string> SearchTerms { get; init; } = new Dictionary<string, string>();

    public EditorField Field(PropertyType property)
    {
        var valueCulture = property.VariesByCulture ? culture : DocumentData.Invariant;
        return new EditorField(property, EditorFields.Value(property, culture), valueCulture, data.Get(property.Alias, valueCulture),
            property.VariesByCulture ? !canEditCulture : !canEditShared, property.Alias, this);
    }

    /// <summary>
    /// The fields of one block of <paramref name="list"/>; a variant property of a shared list shows the edited
    /// culture and is editable by whoever may edit that culture, even when the list itself is read-only (a
    /// Translator translates the blocks' text without touching their structure).
    /// </summary>
    public IEnumerable<EditorField> BlockFields(EditorField list, int index, DocumentType element, JsonObject block)
    {
        var values = block["values"] as JsonObject;
        foreach (var property in element.Properties)
        {
            var path = $"{list.ErrorPath}[{index}].{property.Alias}";
            if (property.VariesByCulture && !list.Property.VariesByCulture)
            {
                yield return new EditorField(property, EditorFields.BlockValue(list.Name, index, property.Alias, culture), culture,
                    (values?[property.Alias] as JsonObject)?[culture], !canEditCulture, path, this);
            }
            else
            {
                yield return new EditorField(property, EditorFields.BlockValue(list.Name, index, property.Alias), list.Culture,
                    values?[property.Alias], list.ReadOnly, path, this);
            }
        }
    }

    /// <summary>Other cultures' values of a variant property in a shared list: hidden fields, so add/move/remove keep them.</summary>
    public IEnumerable<(string Name, string Json)> KeptValues(EditorField list, int index, DocumentType element, JsonObject block)
    {
        if (list.Property.VariesByCulture)
        {
            yield break;
        }

        var values = block["values"] as JsonObject;
        foreach (var property in element.Properties.Where(p => p.VariesByCulture))
        {
            foreach (var other in model.Cultures.Codes.Where(c => c != culture))
            {
                if ((values?[property.Alias] as JsonObject)?[other] is { } value)
                {
                    yield return (EditorFields.Kept(EditorFields.BlockValue(list.Name, index, property.Alias, other)), value.ToJsonString());
                }
            }
        }
    }

    /// <summary>
    /// Whether the form carries the blocks' keys of a read-only shared list: the person may translate its
    /// blocks, and the reader matches each block's typed text to its stored block by key.
    /// </summary>
    public bool TranslatesBlocks(EditorField list) => list.ReadOnly && !list.Property.VariesByCulture && canEditCulture;

    public static IReadOnlyList<JsonObject> Blocks(EditorField list) => (list.Value as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    public DocumentType? ElementOf(JsonObject block) => model.Type(block["type"]?.ToString() ?? "");

    /// <summary>Every field of the form, blocks' included (to find the one a button names).</summary>
    public IEnumerable<EditorField> AllFields()
    {
        foreach (var property in type.Properties)
        {
            var field = Field(property);
            yield return field;
            if (property.Editor == EditorKind.BlockList)
            {
                var blocks = Blocks(field);
                for (var i = 0; i < blocks.Count; i++)
                {
                    if (ElementOf(blocks[i]) is { } element)
                    {
                        foreach (var inner in BlockFields(field, i, element, blocks[i]))
                        {
                            yield return inner;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The French messages for a value; a block value's errors may carry the published culture.</summary>
    public IReadOnlyList<string> ErrorsFor(string path, string valueCulture, PropertyType? property) =>
        errors.Where(e => e.Property == path && Matches(e.Culture, valueCulture, path.Contains('[', StringComparison.Ordinal)))
            .Select(e => ErrorMessages.French(e, property)).Distinct().ToList();

    private bool Matches(string? errorCulture, string valueCulture, bool inBlock) =>
        string.IsNullOrEmpty(errorCulture) ? valueCulture.Length == 0 || inBlock
        : errorCulture == valueCulture || (valueCulture.Length == 0 || inBlock) && errorCulture == culture;

    /// <summary>Where an error's field is in the form (for the summary's links), or null when not in this culture's form.</summary>
    public string? FieldIdOf(PropertyError error)
    {
        if (!string.IsNullOrEmpty(error.Culture) && error.Culture != culture && error.Property is "name" or "urlSegment")
        {
            return null;
        }

        switch (error.Property)
        {
            case "name":
                return EditorFields.Id(EditorFields.Name(culture));
            case "urlSegment":
                return EditorFields.Id(EditorFields.Segment(culture));
        }

        var alias = error.Property.Split('[', '.')[0];
        if (type.Property(alias) is not { } property)
        {
            return null;
        }

        if (property.VariesByCulture && !string.IsNullOrEmpty(error.Culture) && error.Culture != culture)
        {
            return null;
        }

        var field = EditorFields.Value(property, culture);
        // A block's value: the link goes to its block.
        var rest = error.Property[alias.Length..];
        var end = rest.IndexOf(']', StringComparison.Ordinal);
        return EditorFields.Id(field + (end >= 0 ? rest[..(end + 1)] : ""));
    }
}
