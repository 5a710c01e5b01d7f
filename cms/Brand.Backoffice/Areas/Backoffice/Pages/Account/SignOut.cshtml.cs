using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>Signing out is a POST (with the anti-forgery token): a link or an image could not sign someone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    public IActionResult OnGet() => Redirect(BackofficeExtensions.Path);

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await Audit.RecordAsync(HttpContext, "signout", $"user:{signIn.UserManager.GetUserId(User)}", AuditOutcome.Succeeded);
            await signIn.SignOutAsync();
        }

        return Redirect(BackofficeExtensions.Path + "/account/sign-in");
    }
}
