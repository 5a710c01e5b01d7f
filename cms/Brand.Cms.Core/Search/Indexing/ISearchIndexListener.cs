namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// Something that must react when the external index has taken in changes: a page listing search results,
/// cached between the publish and the index catching up, would otherwise show the old results.
/// </summary>
public interface ISearchIndexListener
{
    Task ExternalIndexChangedAsync(CancellationToken ct);
}
