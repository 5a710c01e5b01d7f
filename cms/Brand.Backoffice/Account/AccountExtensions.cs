using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Account;

public static class AccountExtensions
{
    public const string DeniedPath = BackofficeExtensions.Path + "/account/denied";

    /// <summary>The signed-in user's own account: two-factor, password reset and change, sessions.</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        // Identity's messages are English; the password rules are shown next to the field, in French.
        services.AddScoped<IdentityErrorDescriber, FrenchIdentityErrorDescriber>();
        services.AddSingleton<AccountMail>();
        services.AddOptions<BackofficeOptions>().Validate(o => o.SignInPerMinute > 0, "Backoffice:SignInPerMinute must be positive.");
        services.AddRateLimiter(o => o.AddPolicy<string, SignInThrottle>(SignInThrottle.Policy));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddAreaFolderApplicationModelConvention(
            BackofficeExtensions.Area, "/", page => page.Filters.Add(new PasswordChangeRequiredFilter())));
        // The cookie handler answers a forbidden page view with a bare 403; a person gets a page saying why.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var answerApi = cookie.Events.OnRedirectToAccessDenied;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                if (!HttpMethods.IsGet(context.Request.Method))
                {
                    return answerApi(context);
                }

                context.Response.Redirect(DeniedPath);
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
