using System.Security.Claims;
using Brand.Backoffice.Account;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Users;

public enum UserChangeStatus
{
    Done,
    NotFound,

    /// <summary>Values refused (an e-mail already used, no role chosen…): see the errors.</summary>
    Invalid,

    /// <summary>An administrator tried to remove their own Administrator role or disable themselves.</summary>
    NotOnYourself,
}

/// <summary>The outcome of a change; <paramref name="Errors"/> by field name ("Email", "Roles"…).</summary>
public sealed record UserChange(UserChangeStatus Status, BackofficeUser? User = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly UserChange NotFound = new(UserChangeStatus.NotFound);
    public static readonly UserChange NotOnYourself = new(UserChangeStatus.NotOnYourself);
}

/// <summary>One user in the list, with what an administrator checks at a glance.</summary>
public sealed record UserSummary(BackofficeUser User, IReadOnlyList<string> Roles, bool LockedOut, DateTime? LastSignIn);

/// <summary>
/// What an administrator does to accounts: invite, change roles, disable or enable, unlock, reset two-factor.
/// Each change is audited with the state before and after. The signed-in administrator cannot take away
/// their own Administrator role or disable themselves, so the backoffice never loses its last way in by accident.
/// </summary>
public sealed class UserAdministration(SignInManager<BackofficeUser> signIn, IDbContextFactory<BackofficeDbContext> dbFactory,
    AccountMail mail, AuditLog audit, TimeProvider clock)
{
    private UserManager<BackofficeUser> Users => signIn.UserManager;

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateDbContext();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", ct);
        var roleLinks = await db.UserRoles.AsNoTracking().ToListAsync(ct);
        // Last sign-in from the audit log, which records every one: no column to keep in step.
        var lastSignIns = await db.Audit.AsNoTracking()
            .Where(a => a.Action == "signin" && a.Outcome == AuditOutcome.Succeeded)
            .GroupBy(a => a.Target).Select(g => new { Target = g.Key, At = g.Max(a => a.At) }).ToListAsync(ct);
        var lastByTarget = lastSignIns.ToDictionary(s => s.Target, s => s.At, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        return [.. all.Select(u => new UserSummary(u,
            [.. roleLinks.Where(l => l.UserId == u.Id).Select(l => roleNames.GetValueOrDefault(l.RoleId, "")).Order(StringComparer.Ordinal)],
            u.LockoutEnd > now,
            lastByTarget.TryGetValue($"user:{u.Id}", out var at) ? at : null))];
    }

    public Task<BackofficeUser?> FindAsync(string id) => Users.FindByIdAsync(id);

    public async Task<IList<string>> RolesOfAsync(BackofficeUser user) => await Users.GetRolesAsync(user);

    /// <summary>Creates the account without a password and e-mails an invitation to choose one.</summary>
    public async Task<UserChange> CreateAsync(HttpContext http, string email, string displayName, IReadOnlyList<string> roles)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        email = email.Trim();
        displayName = displayName.Trim();
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            errors["Email"] = ["Saisissez l'adresse électronique de la personne, par exemple prenom.nom@example.fr."];
        }

        if (displayName.Length == 0)
        {
            errors["DisplayName"] = ["Saisissez le nom de la personne, tel qu'il apparaîtra dans l'historique."];
        }

        if (RolesError(roles) is { } rolesError)
        {
            errors["Roles"] = [rolesError];
        }

        if (errors.Count > 0)
        {
            return new UserChange(UserChangeStatus.Invalid, Errors: errors);
        }

        var user = new BackofficeUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await Users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return new UserChange(UserChangeStatus.Invalid, Errors: new Dictionary<string, string[]> { ["Email"] = [.. created.Errors.Select(e => e.Description)] });
        }

        await Users.AddToRolesAsync(user, roles);
        var token = await Users.GeneratePasswordResetTokenAsync(user);
        await mail.SendInvitationAsync(http.Request, user, token, AuditLog.ActorOf(http.User), http.RequestAborted);
        await audit.RecordAsync(http, "user.create", $"user:{user.Id}", AuditOutcome.Succeeded, "invitation sent",
            after: Describe(user, roles));
        return new UserChange(UserChangeStatus.Done, user);
    }

    public async Task<UserChange> SetRolesAsync(HttpContext http, string id, IReadOnlyList<string> roles)
    {
        if (await Users.FindByIdAsync(id) is not { } user)
        {
            return UserChange.NotFound;
        }

        if (RolesError(roles) is { } error)
        {
            return new UserChange(UserChangeStatus.Invalid, user, new Dictionary<string, string[]> { ["Roles"] = [error] });
        }

        var before = await Users.GetRolesAsync(user);
        if (IsMe(http.User, user) && before.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator))
        {
            await audit.RecordAsync(http, "user.roles", $"user:{user.Id}", AuditOutcome.Refused, "an administrator cannot remove their own Administrator role");
            return UserChange.NotOnYourself;
        }

        await Users.RemoveFromRolesAsync(user, before.Except(roles));
        await Users.AddToRolesAsync(user, roles.Except(before));
        // No new security stamp (it would sign the person out): the stamp validator runs on every request and
        // rebuilds the principal from the database, so the new roles apply from the person's next request.
        await audit.RecordAsync(http, "user.roles", $"user:{user.Id}", AuditOutcome.Succeeded,
            before: string.Join(", ", before.Order(StringComparer.Ordinal)), after: string.Join(", ", roles.Order(StringComparer.Ordinal)));
        return new UserChange(UserChangeStatus.Done, user);
    }

    /// <summary>Disabling also ends the person's sessions (new security stamp).</summary>
    public async Task<UserChange> SetDisabledAsync(HttpContext http, string id, bool disabled)
    {
        if (await Users.FindByIdAsync(id) is not { } user)
        {
            return UserChange.NotFound;
        }

        if (disabled && IsMe(http.User, user))
        {
            await audit.RecordAsync(http, "user.disable", $"user:{user.Id}", AuditOutcome.Refused, "an administrator cannot disable themselves");
            return UserChange.NotOnYourself;
        }

        var before = user.Disabled;
        user.Disabled = disabled;
        await Users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(http, disabled ? "user.disable" : "user.enable", $"user:{user.Id}", AuditOutcome.Succeeded,
            before: before ? "disabled" : "enabled", after: disabled ? "disabled" : "enabled");
        return new UserChange(UserChangeStatus.Done, user);
    }

    public async Task<UserChange> UnlockAsync(HttpContext http, string id)
    {
        if (await Users.FindByIdAsync(id) is not { } user)
        {
            return UserChange.NotFound;
        }

        var before = user.LockoutEnd;
        await Users.SetLockoutEndDateAsync(user, null);
        await Users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(http, "user.unlock", $"user:{user.Id}", AuditOutcome.Succeeded,
            before: before is { } end ? $"locked until {end:O}" : "not locked", after: "not locked");
        return new UserChange(UserChangeStatus.Done, user);
    }

    /// <summary>For a person who lost their phone and their recovery codes: they sign in with the password alone, then set it up again.</summary>
    public async Task<UserChange> ResetTwoFactorAsync(HttpContext http, string id)
    {
        if (await Users.FindByIdAsync(id) is not { } user)
        {
            return UserChange.NotFound;
        }

        var before = user.TwoFactorEnabled;
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await RenewIfMeAsync(http, user);
        await audit.RecordAsync(http, "user.2fa.reset", $"user:{user.Id}", AuditOutcome.Succeeded,
            before: before ? "2FA on" : "2FA off", after: "2FA off, key and recovery codes erased");
        return new UserChange(UserChangeStatus.Done, user);
    }

    /// <summary>A change of one's own account changed the security stamp: keep this session, as "Mon compte" does.</summary>
    private async Task RenewIfMeAsync(HttpContext http, BackofficeUser user)
    {
        if (IsMe(http.User, user))
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private static string? RolesError(IReadOnlyList<string> roles) =>
        roles.Count == 0 ? "Cochez au moins un rôle."
        : roles.Any(r => !Roles.All.Contains(r)) ? "Un des rôles cochés n'existe pas."
        : null;

    private static bool IsMe(ClaimsPrincipal me, BackofficeUser user) =>
        string.Equals(me.FindFirstValue(ClaimTypes.NameIdentifier), user.Id, StringComparison.Ordinal);

    private static string Describe(BackofficeUser user, IEnumerable<string> roles) =>
        $"{user.Actor}; roles: {string.Join(", ", roles.Order(StringComparer.Ordinal))}";
}
