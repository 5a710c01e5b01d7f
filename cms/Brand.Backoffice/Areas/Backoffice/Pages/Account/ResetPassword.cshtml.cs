using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Choosing a new password from the link of a reset or invitation e-mail. Success also unlocks the account
/// and, through Identity, changes the security stamp: any session opened with the old password ends.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class ResetPasswordModel(UserManager<BackofficeUser> users) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Token { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ConfirmPassword { get; set; } = "";

    public string? LinkError { get; private set; }
    public List<string> NewErrors { get; } = [];
    public List<string> ConfirmErrors { get; } = [];

    public void OnGet()
    {
        if (Email.Length == 0 || Token.Length == 0)
        {
            LinkError = InvalidLink;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (NewPassword != ConfirmPassword)
        {
            ConfirmErrors.Add("Les deux saisies du nouveau mot de passe sont différentes.");
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        var token = AccountMail.DecodeToken(Token);
        if (user is null || user.Disabled || token is null)
        {
            LinkError = InvalidLink;
            await Audit.RecordAsync(HttpContext, "account.password.reset", $"email:{Email.Trim()}", AuditOutcome.Failed, "invalid link", actorOverride: Email.Trim());
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (PasswordErrors.IsAboutNewPassword(error))
                {
                    NewErrors.Add(error.Description);
                }
                else
                {
                    LinkError = InvalidLink;
                }
            }

            await Audit.RecordAsync(HttpContext, "account.password.reset", $"user:{user.Id}", AuditOutcome.Failed,
                string.Join(" ", result.Errors.Select(e => e.Code)), actorOverride: user.Actor);
            return Page();
        }

        // Whoever holds the link owns the mailbox: the account is theirs again, unlocked, with their own password.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        user.MustChangePassword = false;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await Audit.RecordAsync(HttpContext, "account.password.reset", $"user:{user.Id}", AuditOutcome.Succeeded, actorOverride: user.Actor);
        Flash = "Votre mot de passe est enregistré. Vous pouvez vous connecter.";
        return Redirect(BackofficeExtensions.Path + "/account/sign-in");
    }

    private const string InvalidLink = "Ce lien n'est pas ou plus valable (déjà utilisé, expiré ou incomplet). Demandez-en un nouveau.";
}
