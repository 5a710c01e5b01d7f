using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>"Mon compte": who I am, my roles, two-factor on or off, password change, my other sessions.</summary>
public sealed class IndexModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    public BackofficeUser Me { get; private set; } = null!;
    public IList<string> MyRoles { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Me = user;
        MyRoles = await signIn.UserManager.GetRolesAsync(user);
        RecoveryCodesLeft = user.TwoFactorEnabled ? await signIn.UserManager.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            // Also changes the security stamp: other sessions end; this one is renewed.
            await signIn.UserManager.SetTwoFactorEnabledAsync(user, false);
            await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            await Audit.RecordAsync(HttpContext, "account.2fa.disable", $"user:{user.Id}", AuditOutcome.Succeeded, before: "2FA on", after: "2FA off");
            Flash = "La double authentification est désactivée.";
        }

        return RedirectToPage();
    }
}
