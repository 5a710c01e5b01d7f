using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core;

/// <summary>
/// A background loop that does one pass, waits, and goes again until shutdown. A failed pass is logged
/// and retried at the next interval: the database may be down for a while, the worker must not die.
/// </summary>
public abstract class PollingWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first pass runs at once (catching up at start) or after one interval.</summary>
    protected virtual bool RunAtStart => true;

    protected abstract Task PassAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!RunAtStart)
        {
            await DelayAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Worker} pass failed; retrying in {Interval}", GetType().Name, Interval);
            }

            await DelayAsync(stoppingToken);
        }
    }

    /// <summary>Cuts the current wait short: the next pass starts now. Several calls before it starts make one pass.</summary>
    protected void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pass is already due.
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task DelayAsync(CancellationToken ct)
    {
        // WhenAny does not throw: a shutdown ends the wait like a wake-up, and the loop condition ends the worker.
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(Task.Delay(Interval, clock, waiting.Token), _wake.WaitAsync(waiting.Token));
        await waiting.CancelAsync();
    }
}
