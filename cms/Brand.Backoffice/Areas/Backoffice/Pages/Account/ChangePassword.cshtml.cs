using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Changing one's password: by choice from "Mon compte", or required (<see cref="BackofficeUser.MustChangePassword"/>)
/// before any other page. Other sessions end (the security stamp changes); this one continues.
/// </summary>
[AllowedBeforePasswordChange]
public sealed class ChangePasswordModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required { get; private set; }
    public List<string> CurrentErrors { get; } = [];
    public List<string> NewErrors { get; } = [];
    public List<string> ConfirmErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Required = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Required = user.MustChangePassword;
        if (NewPassword != ConfirmPassword)
        {
            ConfirmErrors.Add("Les deux saisies du nouveau mot de passe sont différentes.");
        }

        if (NewPassword == CurrentPassword && NewPassword.Length > 0)
        {
            NewErrors.Add("Choisissez un mot de passe différent de l'actuel.");
        }

        if (NewErrors.Count == 0 && ConfirmErrors.Count == 0)
        {
            var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                await Audit.RecordAsync(HttpContext, "account.password.change", $"user:{user.Id}", AuditOutcome.Succeeded,
                    Required ? "required change of a password chosen by someone else" : null);
                Flash = "Votre mot de passe est changé. Vos autres sessions ont été fermées.";
                return LocalRedirect(ReturnUrl is null ? BackofficeExtensions.Path + "/account" : SignInModel.SafeReturnUrl(ReturnUrl));
            }

            foreach (var error in result.Errors)
            {
                (PasswordErrors.IsAboutNewPassword(error) ? NewErrors : CurrentErrors).Add(error.Description);
            }

            await Audit.RecordAsync(HttpContext, "account.password.change", $"user:{user.Id}", AuditOutcome.Failed,
                string.Join(" ", result.Errors.Select(e => e.Code)));
        }

        return Page();
    }
}
