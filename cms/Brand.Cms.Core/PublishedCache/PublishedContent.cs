using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>A published item seen in one culture, as templates and APIs read it. Cheap to create.</summary>
public sealed class PublishedContent
{
    private readonly PublishedSnapshot _snapshot;
    private readonly PublishedNode _node;
    private readonly int _culture;

    internal PublishedContent(PublishedSnapshot snapshot, PublishedNode node, int cultureIndex, string? url)
    {
        _snapshot = snapshot;
        _node = node;
        _culture = cultureIndex;
        Url = url;
    }

    public int Id => _node.Id;
    public Guid Key => _node.Key;
    public DocumentType Type => _node.Type;
    public string ContentType => _node.Type.Alias;
    public string Culture => _snapshot.Cultures.Codes[_culture];
    public string Name => _node.Cultures[_culture]!.Name;
    public string UrlSegment => _node.Cultures[_culture]!.Segment;
    public DateTime PublishDate => _node.Cultures[_culture]!.PublishDate;
    public DateTime CreateDate => _node.CreateDate;
    public DateTime UpdateDate => _node.UpdateDate;
    public int Level => _node.Level;
    public int SortOrder => _node.SortOrder;

    /// <summary>The path of this item in this culture, or null when it lives outside the site root (settings).</summary>
    public string? Url { get; }

    public PublishedContent? Parent => _node.ParentId is { } parent ? _snapshot.Create(parent, _culture) : null;

    public IEnumerable<PublishedContent> Children => _snapshot.ChildrenOf(_node.Id, _culture);

    public IEnumerable<PublishedContent> Ancestors
    {
        get
        {
            for (var p = Parent; p is not null; p = p.Parent)
            {
                yield return p;
            }
        }
    }

    public IEnumerable<PublishedContent> Descendants => Children.SelectMany(c => c.Descendants.Prepend(c));

    /// <summary>This item in another culture, when public there.</summary>
    public PublishedContent? InCulture(string culture) => _snapshot.GetById(Id, culture);

    /// <summary>The cultures this item is public in.</summary>
    public IEnumerable<string> Cultures =>
        _snapshot.Cultures.Codes.Where((_, i) => _snapshot.Placements[Id].IsVisible(i));

    public bool HasValue(string alias) => Value(alias) is not null;

    public object? Value(string alias)
    {
        var properties = _node.Type.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Alias == alias)
            {
                return _node.Value(i, _culture);
            }
        }

        return null;
    }

    public T? Value<T>(string alias) => Value(alias) is T typed ? typed : default;

    public override string ToString() => $"{ContentType} {Id} [{Culture}] {Name}";
}
