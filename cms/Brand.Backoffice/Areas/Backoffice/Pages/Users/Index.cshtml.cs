using Brand.Backoffice.Security;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Users;

/// <summary>Every account: roles, two-factor, locked or disabled, last sign-in.</summary>
public sealed class IndexModel(UserAdministration administration) : BackofficePage
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.UsersManage, "users") is { } refused)
        {
            return refused;
        }

        Users = await administration.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
