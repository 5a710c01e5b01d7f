namespace Brand.Cms.Core.Cluster;

/// <summary>
/// A piece of work that one node at a time does for all (table node_leases): held by <see cref="Holder"/>
/// until <see cref="ExpiresAt"/>, renewed by it, taken over by another node once expired.
/// </summary>
public sealed class NodeLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
