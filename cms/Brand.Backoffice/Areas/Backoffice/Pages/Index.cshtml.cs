using System.Security.Claims;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages;

/// <summary>
/// The dashboard: what the signed-in user can do, and what awaits them: the review queue for Editors, the
/// decisions on their own requests for authors (until they dismiss them).
/// </summary>
public sealed class IndexModel(ReviewService reviews) : BackofficePage
{
    public IReadOnlyList<ReviewRequest> Queue { get; private set; } = [];
    public IReadOnlyList<ReviewRequest> Outcomes { get; private set; } = [];
    public int MinePending { get; private set; }
    public IReadOnlyDictionary<int, ContentItem> Items { get; private set; } = new Dictionary<int, ContentItem>();

    public string NameOf(ReviewRequest request) =>
        ReviewLabels.ItemName(request.NodeId, Items.GetValueOrDefault(request.NodeId)?.Draft);

    public async Task OnGetAsync()
    {
        if (Can(BackofficeAction.ReviewDecide))
        {
            Queue = await reviews.QueueAsync();
        }

        Outcomes = await reviews.UnseenOutcomesAsync(UserId);
        MinePending = (await reviews.ByAuthorAsync(UserId)).Count(r => r.Status == ReviewStatus.Pending);
        Items = await reviews.ItemsAsync(Queue.Concat(Outcomes));
    }

    /// <summary>The author dismisses a decision from the dashboard; it stays on the review page.</summary>
    public async Task<IActionResult> OnPostSeenAsync(int id)
    {
        await reviews.MarkSeenAsync(id, UserId);
        await Audit.RecordAsync(HttpContext, "review.seen", $"review:{id}", AuditOutcome.Succeeded);
        return Redirect("/backoffice");
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
