using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Backoffice.Users;
using Brand.Cms.Core;
using Brand.Cms.Core.Storage;
using Brand.SiteTheme.ActorDirectory;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice;

public static class BackofficeExtensions
{
    public const string Path = "/backoffice";
    public const string Area = "Backoffice";

    /// <summary>The authorization policy of every backoffice page: signed in with one of the five roles.</summary>
    public const string Policy = "Backoffice";

    public static IServiceCollection AddBackoffice(this IServiceCollection services)
    {
        services.AddOptions<BackofficeOptions>().BindConfiguration(BackofficeOptions.Section).ValidateOnStart()
            .Validate(o => o.LockoutAttempts > 0, "Backoffice:LockoutAttempts must be positive.")
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                "Backoffice:PublicBaseUrl must be an absolute http(s) URL such as https://www.croissance-connectee.gouv.fr.")
            .Validate(o => o.SessionIdleTimeout > TimeSpan.Zero, "Backoffice:SessionIdleTimeout must be positive.");

        services.AddSingleton<IDbContextFactory<BackofficeDbContext>>(sp =>
            BackofficeDbContextFactory.For(sp.GetRequiredService<IDbContextFactory<BrandDbContext>>()));
        // Identity's stores take a context from the request scope.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BackofficeDbContext>>().CreateDbContext());

        services.AddIdentity<BackofficeUser, IdentityRole>()
            .AddEntityFrameworkStores<BackofficeDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<BackofficeClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<BackofficeOptions>>((identity, backoffice) =>
        {
            // ANSSI's advice for a password alone protecting an account: long, several kinds of characters.
            identity.Password.RequiredLength = 12;
            identity.Password.RequiredUniqueChars = 6;
            identity.Password.RequireDigit = true;
            identity.Password.RequireLowercase = true;
            identity.Password.RequireUppercase = true;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = backoffice.Value.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = backoffice.Value.LockoutDuration;
            identity.User.RequireUniqueEmail = true;
            identity.SignIn.RequireConfirmedAccount = false;
        });
        // "Sign out everywhere" changes the security stamp: every other session ends at its next request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<BackofficeOptions>>((cookie, backoffice) =>
        {
            cookie.Cookie.Name = "brand.backoffice";
            cookie.Cookie.Path = Path;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = backoffice.Value.CookieSecure;
            cookie.ExpireTimeSpan = backoffice.Value.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = Path + "/account/sign-in";
            cookie.LogoutPath = Path + "/account/sign-out";
            cookie.AccessDeniedPath = Path + "/account/denied";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IOptions<BackofficeOptions>>((cookie, backoffice) =>
            {
                cookie.Cookie.Path = Path;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = backoffice.Value.CookieSecure;
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(Roles.All));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder(Area, "/", Policy));
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<BackofficeOptions>>((antiforgery, backoffice) =>
        {
            antiforgery.Cookie.Name = "brand.antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = backoffice.Value.CookieSecure;
        });
        // Flash messages: only the backoffice uses TempData.
        services.AddOptions<CookieTempDataProviderOptions>().Configure<IOptions<BackofficeOptions>>((tempData, backoffice) =>
        {
            tempData.Cookie.Name = "brand.flash";
            tempData.Cookie.Path = Path;
            tempData.Cookie.SameSite = SameSiteMode.Strict;
            tempData.Cookie.SecurePolicy = backoffice.Value.CookieSecure;
        });

        services.AddSingleton<Permissions>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IStartupStep, BackofficeInitializer>();
        // One line per feature folder:
        Review.ReviewExtensions.AddReview(services);
        Preview.PreviewExtensions.AddPreview(services);
        Media.MediaExtensions.AddMedia(services);
        Content.ContentEditingExtensions.AddContentEditing(services);
        Account.AccountExtensions.AddAccount(services);
        Users.UsersExtensions.AddUsers(services);
        ApiKeys.ApiKeysExtensions.AddApiKeys(services);
        ContactRequests.ContactRequestsExtensions.AddContactRequests(services);
        Network.NetworkReviewExtensions.AddNetworkReview(services);
        return services;
    }

    /// <summary>Pages answer 401/403 themselves for a form post or a script; a page view is sent to the sign-in page.</summary>
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (HttpMethods.IsGet(context.Request.Method) && status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    /// <summary>After routing: the backoffice's headers, then authentication and authorization.</summary>
    public static WebApplication UseBackoffice(this WebApplication app)
    {
        var contentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy(MapOptions.For(app.Services).TileUrl);
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response, contentSecurityPolicy);
            // The public theme's error pages are not the backoffice's: its pages answer their own errors.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            await next(context);
        }));
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The backoffice's endpoints other than its Razor Pages (which the site maps with its own).</summary>
    public static WebApplication MapBackoffice(this WebApplication app)
    {
        Media.MediaDelivery.MapMediaDelivery(app);
        return app;
    }
}
