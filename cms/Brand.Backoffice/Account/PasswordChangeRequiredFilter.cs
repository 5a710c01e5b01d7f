using System.Reflection;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Account;

/// <summary>
/// While <see cref="BackofficeUser.MustChangePassword"/> is set (a password someone else chose, such as the
/// first administrator's one-time password), every backoffice page but the change itself and the anonymous
/// ones (sign-in, sign-out) sends the user to the change-password page.
/// </summary>
public sealed class PasswordChangeRequiredFilter : IAsyncPageFilter
{
    public const string ChangePasswordPath = BackofficeExtensions.Path + "/account/change-password";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var page = context.ActionDescriptor.ModelTypeInfo ?? context.ActionDescriptor.PageTypeInfo;
        if (http.User.Identity?.IsAuthenticated == true
            && page.GetCustomAttribute<AllowAnonymousAttribute>() is null
            && page.GetCustomAttribute<AllowedBeforePasswordChangeAttribute>() is null)
        {
            // The security stamp validator loaded this user in the same scope: no second query.
            var user = await http.RequestServices.GetRequiredService<UserManager<BackofficeUser>>().GetUserAsync(http.User);
            if (user is { MustChangePassword: true })
            {
                context.Result = new RedirectResult(ChangePasswordPath + "?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
                return;
            }
        }

        await next();
    }
}
