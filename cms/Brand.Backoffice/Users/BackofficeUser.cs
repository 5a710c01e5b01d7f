using Microsoft.AspNetCore.Identity;

namespace Brand.Backoffice.Users;

/// <summary>A member of the mission team. Roles are Identity roles (<see cref="Security.Roles"/>).</summary>
public sealed class BackofficeUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when an administrator disables the account; a disabled user cannot sign in.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set on a password someone else chose (the first administrator's, an invitation): changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>How the audit log and the content history name this person.</summary>
    public string Actor => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? UserName ?? Id : $"{DisplayName} <{Email}>";
}
