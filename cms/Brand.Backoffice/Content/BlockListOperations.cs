using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Backoffice.Content;

/// <summary>
/// Add, move and remove a block of a typed (not yet saved) draft: the editor's buttons for these re-render
/// the form without saving, so they work without JavaScript and lose nothing typed.
/// </summary>
public static class BlockListOperations
{
    /// <summary>Applies "add|{field}", "up|{field}|{i}", "down|{field}|{i}" or "remove|{field}|{i}"; false when it names nothing.</summary>
    public static bool Apply(DocumentType type, DocumentData data, string operation, string? newType)
    {
        var parts = operation.Split('|');
        if (parts.Length < 2 || Locate(type, parts[1]) is not { } target)
        {
            return false;
        }

        var (property, culture) = target;
        var blocks = data.Get(property.Alias, culture) as JsonArray ?? [];
        var index = parts.Length > 2 && int.TryParse(parts[2], out var i) ? i : -1;
        switch (parts[0])
        {
            case "add" when newType is not null && property.ElementTypes.Contains(newType):
                blocks.Add(new JsonObject { ["key"] = Guid.NewGuid().ToString(), ["type"] = newType, ["values"] = new JsonObject() });
                break;
            case "up" when index > 0 && index < blocks.Count:
                Swap(blocks, index - 1, index);
                break;
            case "down" when index >= 0 && index < blocks.Count - 1:
                Swap(blocks, index, index + 1);
                break;
            case "remove" when index >= 0 && index < blocks.Count:
                blocks.RemoveAt(index);
                break;
            default:
                return false;
        }

        data.Set(property.Alias, culture, blocks.Count == 0 ? null : blocks.DeepClone());
        return true;
    }

    private static void Swap(JsonArray blocks, int a, int b)
    {
        var first = blocks[a]!.DeepClone();
        blocks[a] = blocks[b]!.DeepClone();
        blocks[b] = first;
    }

    /// <summary>The block-list property and culture a field name "v.{alias}[.{culture}]" designates.</summary>
    private static (PropertyType Property, string Culture)? Locate(DocumentType type, string field)
    {
        var parts = field.Split('.');
        if (parts.Length is < 2 or > 3 || parts[0] != "v" || type.Property(parts[1]) is not { Editor: EditorKind.BlockList } property)
        {
            return null;
        }

        var culture = parts.Length == 3 ? parts[2] : DocumentData.Invariant;
        return property.VariesByCulture == (culture.Length > 0) ? (property, culture) : null;
    }
}
