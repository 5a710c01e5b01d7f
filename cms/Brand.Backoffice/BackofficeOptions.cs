using Microsoft.AspNetCore.Http;

namespace Brand.Backoffice;

/// <summary>Settings under "Backoffice".</summary>
public sealed class BackofficeOptions
{
    public const string Section = "Backoffice";

    /// <summary>
    /// The first administrator, created at start-up when no user has that e-mail. Without a password, and when
    /// no administrator exists at all, a one-time password is generated and printed once in the start-up log.
    /// </summary>
    public string AdministratorEmail { get; set; } = "";

    public string AdministratorPassword { get; set; } = "";

    /// <summary>
    /// SameAsRequest: cookies are marked Secure on HTTPS requests, which production always is, and the
    /// backoffice still works on the plain-HTTP development server. Always refuses to set them over HTTP.
    /// </summary>
    public CookieSecurePolicy CookieSecure { get; set; } = CookieSecurePolicy.SameAsRequest;

    /// <summary>How long a signed-in session lasts without activity.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins before the account is locked, and for how long.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Form posts a minute from one IP address to each of the sign-in, two-factor, forgot-password and
    /// reset-password pages; more answer 429 until the minute ends (see Account/SignInThrottle.cs).
    /// </summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>
    /// The address the links in e-mails (password reset, invitation, review outcome) start with, e.g.
    /// https://www.croissance-connectee.gouv.fr. Unset, the request's own host is used: fine behind a proxy
    /// that sets it, but a forged Host header could then put another site in a reset link. Set it in production.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>An absolute URL for <paramref name="path"/>, for a link sent by e-mail.</summary>
    public string LinkTo(HttpRequest request, string path) =>
        (PublicBaseUrl is { } configured ? configured.GetLeftPart(UriPartial.Authority) : $"{request.Scheme}://{request.Host}{request.PathBase}") + path;
}
