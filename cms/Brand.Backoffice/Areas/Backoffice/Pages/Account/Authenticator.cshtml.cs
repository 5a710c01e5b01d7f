using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Turning two-factor on: the shared key as a QR code and as text, then a first code from the app proves it
/// was set up before two-factor is required; the 10 recovery codes are shown once, in the answer.
/// </summary>
public sealed class AuthenticatorModel(SignInManager<BackofficeUser> signIn) : BackofficePage
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Code { get; set; } = "";

    public List<string> CodeErrors { get; } = [];
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
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Identity changes the security stamp with the key: renew this session (other sessions end, which
            // is what someone turning two-factor on wants anyway).
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = (await Users.GetAuthenticatorKeyAsync(user))!;
        }

        SharedKey = AuthenticatorSetup.Readable(key);
        QrCodeSvg = AuthenticatorSetup.QrCodeSvg(AuthenticatorSetup.Uri(user.Email!, key));
    }
}
