using System.ComponentModel.DataAnnotations;
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

    /// <summary>
    /// Turning two-factor off asks for the password or a code from the app again: someone at an unlocked screen,
    /// or holding a stolen session cookie, must not be able to remove the second factor.
    /// </summary>
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Confirmation { get; set; } = "";

    public List<string> ConfirmationErrors { get; } = [];

    private UserManager<BackofficeUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            var locked = await Users.IsLockedOutAsync(user);
            if (locked || !await ConfirmsAsync(user))
            {
                // Counted like a wrong sign-in: guessing codes through this form ends in the account being locked.
                await Users.AccessFailedAsync(user);
                await Audit.RecordAsync(HttpContext, "account.2fa.disable", $"user:{user.Id}", AuditOutcome.Failed,
                    locked ? "account locked" : "wrong password or code");
                ConfirmationErrors.Add(locked
                    ? "Trop d'essais erronés : le compte est verrouillé pour quelques minutes. La double authentification reste activée."
                    : Confirmation.Length == 0
                        ? "Saisissez votre mot de passe actuel, ou le code à 6 chiffres de votre application d'authentification."
                        : "Ce mot de passe ou ce code n'est pas le bon. La double authentification reste activée.");
                Confirmation = "";
                await LoadAsync(user);
                return Page();
            }

            await Users.ResetAccessFailedCountAsync(user);
            // Also changes the security stamp: other sessions end; this one is renewed.
            await Users.SetTwoFactorEnabledAsync(user, false);
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            await Audit.RecordAsync(HttpContext, "account.2fa.disable", $"user:{user.Id}", AuditOutcome.Succeeded, before: "2FA on", after: "2FA off");
            Flash = "La double authentification est désactivée.";
        }

        return RedirectToPage();
    }

    private async Task<bool> ConfirmsAsync(BackofficeUser user)
    {
        if (Confirmation.Length == 0)
        {
            return false;
        }

        if (await Users.CheckPasswordAsync(user, Confirmation))
        {
            return true;
        }

        // A password has at least 12 characters: a 6-digit entry can only be a code from the app.
        var code = Confirmation.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code.Length == 6 && code.All(char.IsAsciiDigit)
            && await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code);
    }

    private async Task LoadAsync(BackofficeUser user)
    {
        Me = user;
        MyRoles = await Users.GetRolesAsync(user);
        RecoveryCodesLeft = user.TwoFactorEnabled ? await Users.CountRecoveryCodesAsync(user) : 0;
    }
}
