namespace Brand.Cms.Core.DocumentTypes;

// The shapes of umbraco.config/document-types/*.json, read with unknown keys refused.
// They are turned into the immutable DocumentType model once validated.

public sealed class DocumentTypeFile
{
    public string Alias { get; set; } = "";
    public LocalizedText Name { get; set; } = [];
    public LocalizedText? Description { get; set; }
    public string Icon { get; set; } = "file-line";
    public bool IsElement { get; set; }
    public bool HasTemplate { get; set; } = true;
    public bool AllowedAtRoot { get; set; }
    public List<string> AllowedChildren { get; set; } = [];
    public List<string> Compositions { get; set; } = [];
    public List<PropertyGroupFile> Groups { get; set; } = [];
    public List<PropertyTypeFile> Properties { get; set; } = [];
}

public sealed class PropertyGroupFile
{
    public string Alias { get; set; } = "";
    public LocalizedText Label { get; set; } = [];
}

public sealed class PropertyTypeFile
{
    public string Alias { get; set; } = "";
    public LocalizedText Label { get; set; } = [];
    public LocalizedText? Description { get; set; }
    public string Editor { get; set; } = "";
    public string? Group { get; set; }
    public bool VariesByCulture { get; set; }
    public bool Searchable { get; set; }
    public bool Facet { get; set; }
    public ValidationFile? Validation { get; set; }
    public List<ChoiceOption>? Options { get; set; }
    public List<string>? ElementTypes { get; set; }
    public List<string>? AllowedTypes { get; set; }
    public bool? Multiple { get; set; }

    /// <summary>
    /// Why the property is on its way out and what replaces it. The open data API marks its field deprecated,
    /// so partners are warned before the property is removed (removing an undeprecated field fails the schema test).
    /// </summary>
    public string? Deprecated { get; set; }
}

public sealed class ValidationFile
{
    public bool Required { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public string? Regex { get; set; }
    public LocalizedText? RegexMessage { get; set; }
}

public sealed class ChoiceOption
{
    public string Value { get; set; } = "";
    public LocalizedText Label { get; set; } = [];
}
