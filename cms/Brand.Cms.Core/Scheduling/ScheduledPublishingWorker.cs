using Brand.Cms.Core;
using Brand.Cms.Core.Cluster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Scheduling;

/// <summary>
/// Runs due scheduled actions; the first pass at start-up catches up on those missed while down. With several
/// nodes on one database only the holder of the <see cref="LeaseName"/> lease runs them, so an action is done
/// once; the lease is renewed at every pass and taken over by another node when its holder stops renewing it.
/// </summary>
public sealed class ScheduledPublishingWorker(ContentScheduler scheduler, NodeLeases leases, IOptions<SchedulingOptions> options, TimeProvider clock,
    ILogger<ScheduledPublishingWorker> logger) : PollingWorker(clock, logger)
{
    public const string LeaseName = "scheduled-publishing";
    private bool _holding;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task PassAsync(CancellationToken ct)
    {
        var holding = await leases.TryAcquireAsync(LeaseName, leases.For(Interval), ct);
        if (holding != _holding)
        {
            if (holding)
            {
                logger.LogInformation("This node now runs scheduled publishing");
            }
            else
            {
                logger.LogInformation("Another node runs scheduled publishing");
            }

            _holding = holding;
        }

        if (!holding)
        {
            return;
        }

        // Renewed before each action: a long pass never outlives the lease while another node takes it over.
        var ran = await scheduler.RunDueAsync(token => leases.TryAcquireAsync(LeaseName, leases.For(Interval), token), ct);
        if (ran > 0)
        {
            logger.LogInformation("Ran {Count} scheduled publish/unpublish actions", ran);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_holding)
        {
            try
            {
                await leases.ReleaseAsync(LeaseName, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The lease then expires by itself; another node waits that long.
                logger.LogDebug(ex, "Could not give the scheduled-publishing lease back");
            }
        }
    }
}
