using Brand.Backoffice.Network;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Network.Applications;

/// <summary>The applications to join the network, oldest first (a queue is worked from the front), by status, with how many are in each.</summary>
public sealed class IndexModel(ApplicationReview review, TimeProvider clock) : BackofficePage
{
    public const string Path = "/backoffice/network/applications";
    public const int PageSize = 25;

    /// <summary>The status shown; null shows them all.</summary>
    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LabelApplication> Applications { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyDictionary<ApplicationStatus, int> Counts { get; private set; } = new Dictionary<ApplicationStatus, int>();
    public DateTime Now { get; private set; }

    /// <summary>This list with another status or page, keeping the rest.</summary>
    public static string Link(ApplicationStatus? status, int page = 1) =>
        Path + (status, page) switch
        {
            (null, 1) => "",
            (null, _) => $"?page={page}",
            (_, 1) => $"?status={status}",
            _ => $"?status={status}&page={page}",
        };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkApplicationsRead, "network:applications") is { } refused)
        {
            return refused;
        }

        var ct = HttpContext.RequestAborted;
        Now = clock.GetUtcNow().UtcDateTime;
        Counts = await review.CountByStatusAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var page = await review.ListAsync(Status, PageNumber, PageSize, ct);
        Applications = page.Items;
        Total = page.Total;
        return Page();
    }
}
