using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Turning two-factor on: a POST makes the shared key (a GET only shows the pending one, so a link or a
/// prefetch never changes it), shown as a QR code and as text; then a first code from the app proves it was
/// set up before two-factor is required; the 10 recovery codes are shown once, in the answer.
/// </summary>
public sealed class AuthenticatorModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    public List<string> CodeErrors { get; } = [];
    /// <summary>Empty until "Générer une clé" is posted: then the pending key, until two-factor is on.</summary>
    public string SharedKey { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";

    /// <summary>Set once two-factor is on: shown in this answer only.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    private UserManager<BackofficeUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            Flash = "La double authentification est déjà activée.";
            return Redirect(BackofficeExtensions.Path + "/account");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    /// <summary>A new key (the first, or one replacing a key scanned on a lost phone), then the page showing it.</summary>
    public async Task<IActionResult> OnPostNewKeyAsync()
    {
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect(BackofficeExtensions.Path + "/account");
        }

        // Identity changes the security stamp with the key: renew this session (other sessions end, which is
        // what someone turning two-factor on wants anyway).
        await Users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await Audit.RecordAsync(HttpContext, "account.2fa.key", $"user:{user.Id}", AuditOutcome.Succeeded, after: "new authenticator key");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect(BackofficeExtensions.Path + "/account");
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            CodeErrors.Add("Ce code n'est pas valable. Vérifiez que l'heure de votre téléphone est juste et saisissez le code affiché maintenant.");
            await Audit.RecordAsync(HttpContext, "account.2fa.enable", $"user:{user.Id}", AuditOutcome.Failed, "wrong code");
            Code = "";
            await LoadKeyAsync(user);
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // Enabling changed the security stamp: renew this session's cookie (other sessions end).
        await signIn.RefreshSignInAsync(user);
        await Audit.RecordAsync(HttpContext, "account.2fa.enable", $"user:{user.Id}", AuditOutcome.Succeeded, before: "2FA off", after: "2FA on");
        return Page();
    }

    private async Task LoadKeyAsync(BackofficeUser user)
    {
        if (await Users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            SharedKey = AuthenticatorSetup.Readable(key);
            QrCodeSvg = AuthenticatorSetup.QrCodeSvg(AuthenticatorSetup.Uri(user.Email!, key));
        }
    }
}
