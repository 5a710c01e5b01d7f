using System.Text.RegularExpressions;

namespace Brand.Cms.Core.DocumentTypes;

/// <summary>A validated document or element type, with the properties of its compositions merged in.</summary>
public sealed class DocumentType
{
    private readonly Dictionary<string, PropertyType> _byAlias;

    public DocumentType(DocumentTypeFile file, string sourceFile, IReadOnlyList<PropertyType> properties, IReadOnlyList<PropertyGroupFile> groups)
    {
        Alias = file.Alias;
        Name = file.Name;
        Description = file.Description ?? [];
        Icon = file.Icon;
        IsElement = file.IsElement;
        HasTemplate = file.HasTemplate && !file.IsElement;
        AllowedAtRoot = file.AllowedAtRoot;
        AllowedChildren = file.AllowedChildren;
        Compositions = file.Compositions;
        Groups = groups;
        Properties = properties;
        SourceFile = sourceFile;
        _byAlias = properties.ToDictionary(p => p.Alias, StringComparer.Ordinal);
    }

    public string Alias { get; }
    public LocalizedText Name { get; }
    public LocalizedText Description { get; }
    public string Icon { get; }
    public bool IsElement { get; }
    public bool HasTemplate { get; }
    public bool AllowedAtRoot { get; }
    public IReadOnlyList<string> AllowedChildren { get; }
    public IReadOnlyList<string> Compositions { get; }
    public IReadOnlyList<PropertyGroupFile> Groups { get; }
    public IReadOnlyList<PropertyType> Properties { get; }
    public string SourceFile { get; }

    public PropertyType? Property(string alias) => _byAlias.GetValueOrDefault(alias);

    public bool Allows(string childAlias) => AllowedChildren.Contains(childAlias, StringComparer.Ordinal);
}

/// <summary>One property of a document type, as the editors, the validator and the index see it.</summary>
public sealed class PropertyType
{
    public PropertyType(PropertyTypeFile file, EditorKind editor, string declaredOn)
    {
        Alias = file.Alias;
        Label = file.Label;
        Description = file.Description ?? [];
        Editor = editor;
        Group = file.Group;
        VariesByCulture = file.VariesByCulture;
        Searchable = file.Searchable;
        Facet = file.Facet;
        var v = file.Validation ?? new ValidationFile();
        Required = v.Required;
        Min = v.Min;
        Max = v.Max;
        MaxLength = v.MaxLength;
        Pattern = v.Regex is null ? null : new Regex(v.Regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        PatternMessage = v.RegexMessage ?? [];
        Options = file.Options ?? [];
        ElementTypes = file.ElementTypes ?? [];
        AllowedTypes = file.AllowedTypes ?? [];
        Multiple = file.Multiple ?? false;
        Deprecated = string.IsNullOrWhiteSpace(file.Deprecated) ? null : file.Deprecated.Trim();
        DeclaredOn = declaredOn;
    }

    public string Alias { get; }
    public LocalizedText Label { get; }
    public LocalizedText Description { get; }
    public EditorKind Editor { get; }
    public string? Group { get; }
    public bool VariesByCulture { get; }
    public bool Searchable { get; }
    public bool Facet { get; }
    public bool Required { get; }
    public decimal? Min { get; }
    public decimal? Max { get; }
    public int? MaxLength { get; }
    public Regex? Pattern { get; }
    public LocalizedText PatternMessage { get; }
    public IReadOnlyList<ChoiceOption> Options { get; }
    public IReadOnlyList<string> ElementTypes { get; }
    public IReadOnlyList<string> AllowedTypes { get; }
    public bool Multiple { get; }

    /// <summary>Why the property is deprecated, or null; see <see cref="PropertyTypeFile.Deprecated"/>.</summary>
    public string? Deprecated { get; }

    /// <summary>The label of a stored choice in a culture; the value itself when no option has it (a removed option).</summary>
    public string OptionLabel(string value, string culture)
    {
        foreach (var option in Options)
        {
            if (option.Value == value)
            {
                return option.Label.In(culture);
            }
        }

        return value;
    }

    /// <summary>The type whose file declares this property (itself or a composition).</summary>
    public string DeclaredOn { get; }
}
