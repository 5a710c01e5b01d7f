using System.Net;
using System.Threading.RateLimiting;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>What a visitor may post, counted per IP address over a sliding hour.</summary>
public enum VisitorAction
{
    SubmitQuestionnaire,
    SendContactRequest,
}

/// <summary>
/// The self-diagnostic's quotas, checked by the page handlers themselves rather than by the rate-limiting
/// middleware: a refused post then re-displays the form with everything typed and a message (status 429
/// and Retry-After), instead of a bare error page that would lose the answers. Counted per running instance.
/// </summary>
public sealed class VisitorQuota : IDisposable
{
    private readonly PartitionedRateLimiter<(VisitorAction, IPAddress)> _limiter;

    public VisitorQuota(IOptions<SelfDiagnosticOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<(VisitorAction Action, IPAddress Address), (VisitorAction, IPAddress)>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = key.Action == VisitorAction.SubmitQuestionnaire ? settings.SubmissionsPerHour : settings.ContactRequestsPerHour,
                Window = Window,
                SegmentsPerWindow = Segments,
                QueueLimit = 0,
            }));
    }

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private const int Segments = 6;

    /// <summary>When a refused visitor may try again, at the latest: the window moves on one segment at a time.</summary>
    public static readonly TimeSpan RetryAfter = Window / Segments;

    /// <summary>Takes one permit; false when the visitor has used up the hour's quota for that action.</summary>
    public bool TryTake(HttpContext http, VisitorAction action)
    {
        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        using var lease = _limiter.AttemptAcquire((action, address));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
