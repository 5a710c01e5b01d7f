using System.Security.Cryptography;
using Brand.Backoffice.Storage;
using Brand.Backoffice.Users;
using Brand.Cms.Core;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Security;

/// <summary>
/// Start-up of the backoffice: its tables, the five roles, and the first administrator. Without one
/// configured, and with no administrator in the database, a one-time password is printed once in the log
/// and must be changed at the first sign-in.
/// </summary>
public sealed class BackofficeInitializer(
    IDbContextFactory<BackofficeDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IOptions<BackofficeOptions> options,
    IOptions<MailOptions> mail,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<BackofficeInitializer> logger) : IStartupStep
{
    public const string DefaultAdministratorEmail = "admin@croissance-connectee.local";

    public async Task RunAsync(CancellationToken ct = default)
    {
        await using (var db = dbFactory.CreateDbContext())
        {
            await db.Database.MigrateAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(mail.Value.SmtpHost) && !environment.IsDevelopment())
        {
            // Fine on a developer's machine; in production, invitations and reset links would never arrive.
            logger.LogWarning("Mail:SmtpHost is not set: e-mails (password resets, invitations, review outcomes) are written to the pickup folder, not sent.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.AdministratorEmail) && !string.IsNullOrEmpty(settings.AdministratorPassword))
        {
            if (await users.FindByEmailAsync(settings.AdministratorEmail) is null)
            {
                await CreateAsync(users, settings.AdministratorEmail, settings.AdministratorPassword, mustChange: false);
                logger.LogInformation("Created the administrator {Email} from Backoffice:AdministratorEmail", settings.AdministratorEmail);
            }

            return;
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var email = string.IsNullOrWhiteSpace(settings.AdministratorEmail) ? DefaultAdministratorEmail : settings.AdministratorEmail;
        var password = OneTimePassword();
        await CreateAsync(users, email, password, mustChange: true);
        // Printed once: it is not stored anywhere but as a hash, and must be changed at the first sign-in.
        logger.LogWarning(
            "No backoffice administrator existed: created {Email} with the one-time password {Password} . Sign in at /backoffice and choose your own password; this password is not shown again.",
            email, password);
    }

    private async Task CreateAsync(UserManager<BackofficeUser> users, string email, string password, bool mustChange)
    {
        var user = new BackofficeUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrateur",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            MustChangePassword = mustChange,
        };
        Check(await users.CreateAsync(user, password), "Backoffice:AdministratorPassword");
        Check(await users.AddToRoleAsync(user, Roles.Administrator), "the administrator's role");
    }

    /// <summary>20 characters from four classes, so it passes any password rule.</summary>
    internal static string OneTimePassword()
    {
        const string letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 16).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]);
        return string.Concat(chars) + "-Aa7";
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new OptionsValidationException(what, typeof(BackofficeOptions),
                [$"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}"]);
        }
    }
}
