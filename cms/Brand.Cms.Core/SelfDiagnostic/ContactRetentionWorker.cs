using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// At start and then every <see cref="SelfDiagnosticOptions.RetentionSweepInterval"/>: erases expired contact
/// details, and sends the contact mails that could not leave. The erasure is one idempotent UPDATE, safe on
/// several nodes at once; the retry of unsent mails runs only on the holder of a lease, else two nodes retrying
/// the same mail at the same moment could send it twice.
/// </summary>
public sealed class ContactRetentionWorker(ContactRequests requests, Cluster.NodeLeases leases, IOptions<SelfDiagnosticOptions> options, TimeProvider clock,
    ILogger<ContactRetentionWorker> logger) : PollingWorker(clock, logger)
{
    public const string LeaseName = "contact-mail-retry";

    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    protected override async Task PassAsync(CancellationToken ct)
    {
        await requests.EraseExpiredAsync(ct);
        // Held until after the next pass (hours away), so another node never retries while this one may be sending.
        if (await leases.TryAcquireAsync(LeaseName, leases.For(Interval), ct))
        {
            await requests.SendUnmailedAsync(ct);
        }
    }
}
