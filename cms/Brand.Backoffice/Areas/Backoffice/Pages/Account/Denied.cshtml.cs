using Microsoft.AspNetCore.Authorization;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Account;

/// <summary>
/// Where the cookie handler sends a page view it forbids (a signed-in account without a backoffice role).
/// Anonymous, or a role-less account would be forbidden this page too.
/// </summary>
[AllowAnonymous]
public sealed class DeniedModel : BackofficePage
{
    public void OnGet() => Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
}
