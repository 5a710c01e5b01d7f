using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>What a visitor may post, counted per IP address and hour.</summary>
public enum VisitorAction
{
    SubmitQuestionnaire,
    SendContactRequest,

    /// <summary>An application to join the network, or an answer to a request for information.</summary>
    SubmitApplication,

    /// <summary>A sign-in link asked for on the actor space.</summary>
    RequestSignInLink,

    /// <summary>A post of the join or reply form that brings files (each one written to disk before anything else is checked).</summary>
    StageDocuments,
}

/// <summary>
/// The public forms' quotas (the self-diagnostic's and the network's), checked by the page handlers themselves rather than by the rate-limiting
/// middleware: a refused post then re-displays the form with everything typed and a message (status 429
/// and Retry-After), instead of a bare error page that would lose the answers. A fixed hourly window, so
/// the wait announced is the real one: the quota is whole again when the window turns. Counted per instance.
/// </summary>
public sealed class VisitorQuota : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PartitionedRateLimiter<(VisitorAction, IPAddress)> _limiter;

    public VisitorQuota(IOptions<SelfDiagnosticOptions> options, IOptions<NetworkOptions> network)
    {
        var settings = options.Value;
        var networkSettings = network.Value;
        _limiter = PartitionedRateLimiter.Create<(VisitorAction Action, IPAddress Address), (VisitorAction, IPAddress)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = key.Action switch
                {
                    VisitorAction.SubmitQuestionnaire => settings.SubmissionsPerHour,
                    VisitorAction.SendContactRequest => settings.ContactRequestsPerHour,
                    VisitorAction.SubmitApplication => networkSettings.ApplicationsPerHour,
                    // Room for a few corrections per application: each failed post may bring its files again.
                    VisitorAction.StageDocuments => networkSettings.ApplicationsPerHour * ApplicationLimits.MaxDocuments * 2,
                    _ => networkSettings.SignInLinksPerHour,
                },
                Window = Window,
                QueueLimit = 0,
            }));
    }

    /// <summary>
    /// Takes one permit. Refused: false, with how long until the visitor may try again, already written as
    /// the response's Retry-After header (whole seconds, rounded up).
    /// </summary>
    public bool TryTake(HttpContext http, VisitorAction action, out TimeSpan retryAfter)
    {
        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        using var lease = _limiter.AttemptAcquire((action, address));
        retryAfter = TimeSpan.Zero;
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : Window;
        http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return false;
    }

    /// <summary>The wait in whole minutes, rounded up, for the message beside the form.</summary>
    public static int Minutes(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));

    public void Dispose() => _limiter.Dispose();
}
