using Brand.Cms.Core.Cultures;

namespace Brand.Cms.Core.DocumentTypes;

/// <summary>The loaded configuration-as-code: cultures and document types. Immutable once built.</summary>
public sealed class ContentModel(CultureSet cultures, IReadOnlyDictionary<string, DocumentType> types)
{
    public CultureSet Cultures { get; } = cultures;
    public IReadOnlyDictionary<string, DocumentType> Types { get; } = types;

    public DocumentType? Type(string alias) => Types.GetValueOrDefault(alias);

    public DocumentType RequiredType(string alias) =>
        Type(alias) ?? throw new InvalidOperationException($"Unknown document type '{alias}'.");
}
