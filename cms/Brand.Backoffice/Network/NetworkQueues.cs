using System.Security.Claims;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Network;

namespace Brand.Backoffice.Network;

/// <summary>What waits for the signed-in manager, for the menu's badges: applications to examine, profile edits to moderate.</summary>
public sealed class NetworkQueues(Permissions permissions, ApplicationReview review, ProfileEdits edits)
{
    /// <summary>Zero for whoever may not see the queue: the count itself is none of their business, and costs no query.</summary>
    public async Task<int> ApplicationsWaitingAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!permissions.Can(user, BackofficeAction.NetworkApplicationsRead))
        {
            return 0;
        }

        var counts = await review.CountByStatusAsync(ct);
        return NetworkLabels.Waiting.Sum(s => counts.GetValueOrDefault(s));
    }

    public async Task<int> ProfileEditsPendingAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        permissions.Can(user, BackofficeAction.NetworkProfileEditsModerate) ? await edits.PendingCountAsync(ct) : 0;
}
