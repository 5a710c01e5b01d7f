namespace Brand.Cms.Core.PublishedCache;

/// <summary>Something that must react when a new published snapshot is swapped in (the output cache, later the search index).</summary>
public interface IPublishedSnapshotListener
{
    Task SnapshotChangedAsync(PublishedSnapshot snapshot, CancellationToken ct);
}
