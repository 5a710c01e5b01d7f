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
/// Asks for a reset link by e-mail. The answer is the same whether the address has an account or not, so
/// the form cannot be used to find out who works in the backoffice.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class ForgotPasswordModel(UserManager<BackofficeUser> users, AccountMail mail) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }
    public List<string> EmailErrors { get; } = [];

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email.Trim();
        if (!Email.Contains('@', StringComparison.Ordinal))
        {
            EmailErrors.Add("Saisissez une adresse électronique, par exemple prenom.nom@example.fr.");
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        if (user is { Disabled: false })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await mail.SendPasswordResetAsync(Request, user, token, HttpContext.RequestAborted);
            await Audit.RecordAsync(HttpContext, "account.password.reset-request", $"user:{user.Id}", AuditOutcome.Succeeded, actorOverride: Email);
        }
        else
        {
            await Audit.RecordAsync(HttpContext, "account.password.reset-request", $"email:{Email}", AuditOutcome.Failed,
                user is null ? "no account with this address" : "disabled account", actorOverride: Email);
        }

        Sent = true;
        return Page();
    }
}
