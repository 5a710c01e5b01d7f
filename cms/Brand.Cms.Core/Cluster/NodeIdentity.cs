using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Cluster;

/// <summary>
/// Who this process is among the nodes: <see cref="Name"/> for people (logs, pg_stat_activity), <see cref="Holder"/>
/// for leases. The holder carries a per-process suffix so that a restarted node, or two nodes configured with the
/// same name by mistake, never believe they hold the other's lease.
/// </summary>
public sealed class NodeIdentity(IOptions<ClusterOptions> options)
{
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];

    public string Name => string.IsNullOrWhiteSpace(options.Value.NodeName)
        ? $"{Environment.MachineName}-{Environment.ProcessId}"
        : options.Value.NodeName.Trim();

    public string Holder => $"{Name}#{_instance}";
}
