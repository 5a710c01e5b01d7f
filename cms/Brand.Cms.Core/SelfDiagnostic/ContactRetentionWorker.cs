using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// Erases expired contact details at start and then every <see cref="SelfDiagnosticOptions.RetentionSweepInterval"/>.
/// Safe on several nodes at once: the erasure is one idempotent UPDATE.
/// </summary>
public sealed class ContactRetentionWorker(ContactRequests requests, IOptions<SelfDiagnosticOptions> options, TimeProvider clock, ILogger<ContactRetentionWorker> logger)
    : PollingWorker(clock, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    protected override Task PassAsync(CancellationToken ct) => requests.EraseExpiredAsync(ct);
}
