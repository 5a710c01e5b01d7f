using Brand.Backoffice.ContactRequests;
using Brand.Backoffice.Security;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Mvc;
using RequestStore = Brand.Cms.Core.SelfDiagnostic.ContactRequests;

namespace Brand.Backoffice.Areas.Backoffice.Pages.ContactRequests;

/// <summary>The businesses' contact requests to the network, newest first, filtered by status, with how many are in each.</summary>
public sealed class IndexModel(RequestStore requests, ContactRequestContext context) : BackofficePage
{
    public const int PageSize = 25;

    /// <summary>The status shown; null shows them all.</summary>
    [BindProperty(SupportsGet = true)]
    public ContactRequestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContactRequest> Requests { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyDictionary<ContactRequestStatus, int> Counts { get; private set; } = new Dictionary<ContactRequestStatus, int>();
    public IReadOnlyDictionary<Guid, int> ActorIds { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>This list with another status or page, keeping the rest.</summary>
    public static string Link(ContactRequestStatus? status, int page = 1) =>
        "/backoffice/contact-requests" + (status, page) switch
        {
            (null, 1) => "",
            (null, _) => $"?page={page}",
            (_, 1) => $"?status={status}",
            _ => $"?status={status}&page={page}",
        };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ContactRequestsRead, "contactrequests") is { } refused)
        {
            return refused;
        }

        var ct = HttpContext.RequestAborted;
        Counts = await requests.CountByStatusAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        var page = await requests.ListAsync(Status, PageNumber, PageSize, ct);
        Requests = page.Items;
        Total = page.Total;
        ActorIds = await context.ActorIdsAsync(Requests.Select(r => r.ActorKey));
        return Page();
    }
}
