using Brand.Backoffice.Security;
using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Network.ProfileEdits;

/// <summary>The actors' proposed changes to their own directory entries, waiting for a manager, oldest first.</summary>
public sealed class IndexModel(Brand.Cms.Core.Network.ProfileEdits edits) : BackofficePage
{
    public const string Path = "/backoffice/network/profile-edits";

    public IReadOnlyList<ProfileEdit> Pending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkProfileEditsModerate, "network:profileedits") is { } refused)
        {
            return refused;
        }

        Pending = await edits.PendingAsync(HttpContext.RequestAborted);
        return Page();
    }
}
