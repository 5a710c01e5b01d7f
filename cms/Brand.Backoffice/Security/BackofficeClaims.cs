using System.Security.Claims;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Security;

/// <summary>Claims of the sign-in cookie beyond Identity's own: how history names the user.</summary>
public static class BackofficeClaims
{
    public const string Actor = "brand:actor";
}

/// <summary>Adds <see cref="BackofficeClaims.Actor"/> to the principal Identity builds at sign-in.</summary>
public sealed class BackofficeClaimsFactory(UserManager<BackofficeUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<BackofficeUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BackofficeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BackofficeClaims.Actor, user.Actor));
        return identity;
    }
}
