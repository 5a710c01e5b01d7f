using System.Security.Claims;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Review;

/// <summary>The Editors' queue of pending requests, and everyone's own requests with their outcomes.</summary>
public sealed class IndexModel(ReviewService reviews) : BackofficePage
{
    public IReadOnlyList<ReviewRequest> Queue { get; private set; } = [];
    public IReadOnlyList<ReviewRequest> Mine { get; private set; } = [];
    public IReadOnlyDictionary<int, ContentItem> Items { get; private set; } = new Dictionary<int, ContentItem>();
    public bool CanDecide => Can(BackofficeAction.ReviewDecide);

    public string NameOf(ReviewRequest request) =>
        ReviewLabels.ItemName(request.NodeId, Items.GetValueOrDefault(request.NodeId)?.Draft);

    public async Task OnGetAsync()
    {
        if (CanDecide)
        {
            Queue = await reviews.QueueAsync();
        }

        Mine = await reviews.ByAuthorAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        Items = await reviews.ItemsAsync(Queue.Concat(Mine));
    }
}
