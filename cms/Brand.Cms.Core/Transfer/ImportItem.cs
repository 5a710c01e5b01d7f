using System.Text.Json.Nodes;

namespace Brand.Cms.Core.Transfer;

/// <summary>
/// One item of an import folder (and of umbraco.config/seed). A file holds one item or an array of
/// items; an item may nest its children. Values use the friendly shape: {"fr": …, "en": …} for a
/// property that varies by culture, the bare value otherwise.
/// </summary>
public sealed class ImportItem
{
    public Guid Key { get; set; }
    public Guid? Parent { get; set; }
    public string Type { get; set; } = "";
    public int? SortOrder { get; set; }
    public Dictionary<string, string> Names { get; set; } = [];
    public Dictionary<string, string>? Segments { get; set; }
    public JsonObject? Values { get; set; }

    /// <summary>Values of properties the type no longer has, in stored shape (alias → culture → value).</summary>
    public JsonObject? Orphans { get; set; }

    /// <summary>Cultures to publish from the draft.</summary>
    public List<string>? Publish { get; set; }

    /// <summary>The published state, when it differs from the draft (exports write it).</summary>
    public PublishedState? Published { get; set; }

    public List<ImportItem>? Children { get; set; }
}

public sealed class PublishedState
{
    public Dictionary<string, string> Names { get; set; } = [];
    public Dictionary<string, string>? Segments { get; set; }
    public JsonObject? Values { get; set; }
}

/// <summary>An item with where it came from, for error messages.</summary>
public sealed record SourcedItem(ImportItem Item, Guid? Parent, string File, int? Line);
