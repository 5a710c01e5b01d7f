using System.Security.Claims;
using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// The actor space's own sign-in, a cookie apart from the backoffice's: it is never the default scheme, so a
/// signed-in actor is nobody anywhere else (the backoffice, the API), and pages read it explicitly.
/// </summary>
public static class ActorSession
{
    public const string Scheme = "ActorSpace";
    public const string CookieName = "cc_actor";

    private const string ActorClaim = "cc:actor";

    /// <summary>The cookie: HTTP only, sent on a top-level link from the mail (Lax), sliding for the configured lifetime.</summary>
    public static IServiceCollection AddActorSession(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme);
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<NetworkOptions>>((cookie, network) =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = "/";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = network.Value.ActorSessionLifetime;
            cookie.SlidingExpiration = true;
            // Pages authenticate explicitly and show the sign-in form themselves: never a redirect to a login path.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>The signed-in actor, or null.</summary>
    public static async Task<ActorIdentity?> CurrentAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded && Guid.TryParse(result.Principal.FindFirstValue(ActorClaim), out var key)
            ? new ActorIdentity(key, result.Principal.FindFirstValue(ClaimTypes.Email) ?? "")
            : null;
    }

    public static Task SignInAsync(HttpContext http, ActorIdentity identity)
    {
        var claims = new ClaimsIdentity([new Claim(ActorClaim, identity.ActorKey.ToString("D")), new Claim(ClaimTypes.Email, identity.Email)], Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(claims), new AuthenticationProperties { IsPersistent = false });
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
