using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Account;

/// <summary>
/// The quota of the pages that take a password, a code or an address without being signed in: at most
/// <see cref="BackofficeOptions.SignInPerMinute"/> form posts a minute per IP address, counted per page, so
/// passwords cannot be tried in bulk from one machine, nor the forgot-password form used to flood mailboxes.
/// Account lockout stops guessing on one account; this stops it across accounts. Pages opt in with
/// <c>[EnableRateLimiting(SignInThrottle.Policy)]</c>; the rate limiter middleware is the one the public API
/// already runs for every endpoint (ApiAccess.UsePublicApiAccess). Page views (GET) are never counted.
/// </summary>
public sealed class SignInThrottle(IOptions<BackofficeOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "backoffice-sign-in";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("views");
        }

        // Behind the proxy, the forwarded headers middleware has already put the visitor's address here.
        var address = httpContext.Connection.RemoteIpAddress ?? IPAddress.None;
        var page = httpContext.Request.Path.Value?.ToLowerInvariant() ?? "";
        return RateLimitPartition.GetFixedWindowLimiter($"{address}|{page}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>A page in French rather than the public API's JSON error (this policy's own answer replaces the global one).</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, ct) =>
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page(seconds), ct);
    };

    private static string Page(int seconds) => $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>Trop de tentatives – Backoffice Croissance Connectée</title>
            <link rel="stylesheet" href="/_content/Brand.SiteTheme/lib/dsfr/dsfr.min.css">
        </head>
        <body>
        <main class="fr-container fr-my-7w" id="contenu">
            <div class="fr-alert fr-alert--warning">
                <h1 class="fr-alert__title">Trop de tentatives</h1>
                <p>Ce formulaire a été envoyé trop souvent depuis votre connexion en peu de temps. Par sécurité, réessayez dans {{seconds}} seconde{{(seconds > 1 ? "s" : "")}}.</p>
            </div>
            <p class="fr-mt-3w"><a class="fr-link" href="/backoffice/account/sign-in">Retour à la connexion</a></p>
        </main>
        </body>
        </html>
        """;
}
