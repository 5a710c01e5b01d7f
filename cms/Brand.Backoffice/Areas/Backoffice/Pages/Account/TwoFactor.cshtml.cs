using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class TwoFactorModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<string> CodeErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? SignInAgain() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.Disabled)
        {
            return SignInAgain();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        var recovery = !(code.Length == 6 && code.All(char.IsAsciiDigit));
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "signin", $"user:{user.Id}", AuditOutcome.Succeeded,
                recovery ? "two-factor, with a recovery code" : "two-factor", actorOverride: user.Actor);
            if (recovery)
            {
                var left = await signIn.UserManager.CountRecoveryCodesAsync(user);
                Flash = $"Vous vous êtes connecté avec un code de secours ; il en reste {left}. Vous pouvez en générer de nouveaux depuis « Mon compte ».";
            }

            return user.MustChangePassword
                ? Redirect(Brand.Backoffice.Account.PasswordChangeRequiredFilter.ChangePasswordPath + "?returnUrl=" + Uri.EscapeDataString(SignInModel.SafeReturnUrl(ReturnUrl)))
                : LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }

        await Audit.RecordAsync(HttpContext, "signin", $"user:{user.Id}", AuditOutcome.Failed,
            result.IsLockedOut ? "two-factor: locked out" : "two-factor: wrong code", actorOverride: user.Actor);
        CodeErrors.Add(result.IsLockedOut
            ? "Trop d'essais infructueux : le compte est verrouillé pour quelques minutes."
            : "Ce code n'est pas valable. Saisissez le code à 6 chiffres affiché par votre application, ou l'un de vos codes de secours.");
        Code = "";
        return Page();
    }

    private RedirectResult SignInAgain() =>
        Redirect(BackofficeExtensions.Path + "/account/sign-in?returnUrl=" + Uri.EscapeDataString(SignInModel.SafeReturnUrl(ReturnUrl)));
}
