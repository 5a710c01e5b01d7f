using Brand.Cms.Core.ChangeJournal;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>Everything of a rebuild: the items (streamed), how many for progress, and the journal position they reflect.</summary>
public sealed record IndexSnapshot(IEnumerable<IndexableItem> Items, int Count, long Position);

/// <summary>Where an index's items come from: the published cache (external) or the database's drafts (internal).</summary>
public interface IIndexSource
{
    /// <summary>"external" or "internal": the folder under data/indexes and the name in logs.</summary>
    string Name { get; }

    /// <summary>Whether entries of this kind concern this index (the external one skips draft saves).</summary>
    bool Follows(JournalKind kind);

    /// <summary>
    /// Whether the items below a changed node must be indexed again too. <paramref name="indexedCultures"/> gives
    /// the cultures the index holds for the node now, before the change is applied.
    /// </summary>
    bool ReachesDescendants(JournalKind kind, int nodeId, Func<int, IReadOnlySet<string>> indexedCultures);

    /// <summary>How far the journal can be followed now: the external index never runs ahead of the published cache.</summary>
    Task<long> ReachablePositionAsync(CancellationToken ct);

    Task<IndexSnapshot> AllAsync(CancellationToken ct);

    /// <summary>The current items of these nodes, and of everything below those in <paramref name="subtrees"/>.</summary>
    Task<IReadOnlyList<IndexableItem>> ItemsAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<int> subtrees, CancellationToken ct);
}
