using Brand.Cms.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Scheduling;

/// <summary>Runs due scheduled actions; the first pass at start-up catches up on those missed while down.</summary>
public sealed class ScheduledPublishingWorker(ContentScheduler scheduler, IOptions<SchedulingOptions> options, TimeProvider clock,
    ILogger<ScheduledPublishingWorker> logger) : PollingWorker(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task PassAsync(CancellationToken ct)
    {
        var ran = await scheduler.RunDueAsync(ct);
        if (ran > 0)
        {
            logger.LogInformation("Ran {Count} scheduled publish/unpublish actions", ran);
        }
    }
}
