using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>
/// At start and then every <see cref="NetworkOptions.ReminderSweepInterval"/>: the renewal reminders due,
/// the applications closed longer than the retention, and the clean-up of used sign-in links and of PDFs
/// staged by forms that were never sent.
/// </summary>
public sealed class NetworkWorker(LabelRenewals renewals, LabelApplications applications, ActorSignIn signIn, ApplicationDocuments documents,
    IOptions<NetworkOptions> options, TimeProvider clock, ILogger<NetworkWorker> logger) : PollingWorker(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ReminderSweepInterval;

    protected override async Task PassAsync(CancellationToken ct)
    {
        var reminded = await renewals.SendDueAsync(ct);
        if (reminded > 0)
        {
            logger.LogInformation("Sent {Count} label renewal reminder(s)", reminded);
        }

        await applications.EraseClosedAsync(ct);
        await signIn.PurgeAsync(ct);
        documents.PurgeStaged();
    }
}
