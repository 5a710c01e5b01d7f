using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice.ApiKeys;

/// <summary>
/// Loads <see cref="StoredPartnerKeys"/> before the server listens, then every few seconds, so that a key
/// created or revoked on another node is honoured there within <see cref="Interval"/>.
/// </summary>
public sealed class PartnerKeyRefresher(StoredPartnerKeys keys, ILogger<PartnerKeyRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.ReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await keys.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The previous snapshot stays: a database hiccup must not refuse every partner.
                logger.LogWarning(e, "Could not reload the partner API keys; keeping the previous ones");
            }
        }
    }
}
