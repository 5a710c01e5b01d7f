namespace Brand.Cms.Core.Cluster;

/// <summary>Settings under "Cluster": what tells the nodes sharing one database apart.</summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>
    /// This node's name in leases, logs and PostgreSQL's pg_stat_activity (application_name); empty means
    /// the machine name and process id. Two nodes with the same name still hold leases apart (see <see cref="NodeIdentity"/>).
    /// </summary>
    public string NodeName { get; set; } = "";

    /// <summary>
    /// How long a lease (scheduled publishing) lasts without renewal: after a node dies, another takes the work
    /// over once this has passed. Renewed at every pass of the worker, so it must exceed the worker's interval.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// PostgreSQL: the wait before the first reconnection of the journal listener after its connection dropped;
    /// doubled at each failure, up to 30 s. Polling covers meanwhile.
    /// </summary>
    public TimeSpan ListenerRetry { get; set; } = TimeSpan.FromSeconds(1);
}
