using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Scheduling;

/// <summary>Runs due scheduled actions; the first pass at start-up catches up on those missed while down.</summary>
public sealed class ScheduledPublishingWorker(ContentScheduler scheduler, IOptions<SchedulingOptions> options, TimeProvider clock,
    ILogger<ScheduledPublishingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var ran = await scheduler.RunDueAsync(stoppingToken);
                if (ran > 0)
                {
                    logger.LogInformation("Ran {Count} scheduled publish/unpublish actions", ran);
                }

                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Scheduled publishing pass failed; retrying");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }
}
