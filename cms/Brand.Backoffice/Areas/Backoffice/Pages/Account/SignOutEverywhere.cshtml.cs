using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Ends every other session of the signed-in user: a new security stamp makes every other cookie invalid at
/// its next request (the stamp is checked on each one); this session gets a cookie with the new stamp.
/// </summary>
public sealed class SignOutEverywhereModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    public IActionResult OnGet() => Redirect(BackofficeExtensions.Path + "/account");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        await Audit.RecordAsync(HttpContext, "account.sign-out-everywhere", $"user:{user.Id}", AuditOutcome.Succeeded);
        Flash = "Toutes vos autres sessions sont fermées.";
        return Redirect(BackofficeExtensions.Path + "/account");
    }
}
