using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class SignInModel(SignInManager<BackofficeUser> signIn, UserManager<BackofficeUser> users) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (user is { Disabled: true })
        {
            // Said only to whoever knows the password: otherwise the form would tell which accounts exist.
            var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
            return check.Succeeded
                ? await FailAsync("Ce compte est désactivé. Adressez-vous à un administrateur.", "disabled")
                : await FailAsync("Adresse électronique ou mot de passe incorrect.", "disabled, wrong password");
        }

        // One message for an unknown e-mail and a wrong password: the form must not tell which accounts exist.
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return await FailAsync("Trop d'essais infructueux : le compte est verrouillé pour quelques minutes. Réessayez plus tard ou réinitialisez votre mot de passe.", "locked out");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { area = BackofficeExtensions.Area, returnUrl = SafeReturnUrl() });
        }

        if (!result.Succeeded)
        {
            return await FailAsync("Adresse électronique ou mot de passe incorrect.", "wrong e-mail or password");
        }

        await Audit.RecordAsync(HttpContext, "signin", $"user:{user!.Id}", AuditOutcome.Succeeded, actorOverride: user.Actor);
        return user.MustChangePassword
            ? RedirectToPage("/Account/ChangePassword", new { area = BackofficeExtensions.Area, returnUrl = SafeReturnUrl() })
            : LocalRedirect(SafeReturnUrl());
    }

    private async Task<IActionResult> FailAsync(string message, string reason)
    {
        Error = message;
        await Audit.RecordAsync(HttpContext, "signin", $"email:{Email.Trim()}", AuditOutcome.Failed, reason, actorOverride: Email.Trim());
        Password = "";
        return Page();
    }

    /// <summary>Only a backoffice path: a link to elsewhere would make this form an open redirect.</summary>
    private string SafeReturnUrl() => SafeReturnUrl(ReturnUrl);

    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { } url && url.StartsWith(BackofficeExtensions.Path, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            ? url
            : BackofficeExtensions.Path;
}
