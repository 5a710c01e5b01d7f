using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Security.Claims;
using Brand.Backoffice.Areas.Backoffice.Pages.Content;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Versions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Review;

/// <summary>
/// One request: what changed against the published version, a preview, and the decision: approve
/// (publishes the submitted version), send back with a comment, or, for its author, withdraw.
/// </summary>
public sealed class RequestModel(ReviewService reviews, ContentQueries queries, VersionHistory history, ContentModel model) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Send back: what the author must change (required).</summary>
    [BindProperty]
    public string? Comment { get; set; }

    public ReviewRequest Submission { get; private set; } = null!;
    public ContentItem? Item { get; private set; }
    public string Name => ReviewLabels.ItemName(Submission.NodeId, Item?.Draft);
    public IReadOnlyList<DiffRow> Changes { get; private set; } = [];
    public string? Error { get; private set; }
    public string? CommentError { get; private set; }
    public bool CanDecide => Submission.Status == ReviewStatus.Pending && Can(BackofficeAction.ReviewDecide);
    public bool IsAuthor => Submission.SubmittedById == UserId;

    /// <summary>The draft moved on since the submission: approving would be refused.</summary>
    public bool DraftChanged => Item is not null && Item.Version != Submission.Version;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ReviewDecide, Target) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (Item is not null && await RefuseUnlessAsync(BackofficeAction.ContentPublish, Target, Item.ContentType) is { } cannotPublish)
        {
            return cannotPublish;
        }

        var result = await reviews.ApproveAsync(Id, Actor, ReviewUrl);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "review.approve", Target, AuditOutcome.Succeeded,
                $"content:{Submission.NodeId} version {Submission.Version} published ({Submission.Cultures})", before: "Pending", after: "Approved");
            Flash = $"« {Name} » est publié ({ReviewLabels.Cultures(Submission.Cultures)}). Son auteur en est informé.";
            return Redirect("/backoffice/review");
        }

        return await FailedAsync("review.approve", result);
    }

    public async Task<IActionResult> OnPostSendBackAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ReviewDecide, Target) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        var result = await reviews.SendBackAsync(Id, Comment ?? "", Actor, ReviewUrl);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "review.sendback", Target, AuditOutcome.Succeeded,
                $"content:{Submission.NodeId} version {Submission.Version}", before: "Pending", after: $"SentBack: {result.Value!.Comment}");
            Flash = $"La demande est renvoyée à {Submission.SubmittedBy} avec votre commentaire.";
            return Redirect("/backoffice/review");
        }

        return await FailedAsync("review.sendback", result);
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (!IsAuthor)
        {
            return await RefuseAsync("review.withdraw", Target, "Only the author of a request may withdraw it.");
        }

        var result = await reviews.WithdrawAsync(Id, UserId, Actor);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "review.withdraw", Target, AuditOutcome.Succeeded, $"content:{Submission.NodeId}", before: "Pending", after: "Withdrawn");
            Flash = "Votre demande est retirée. Vous pourrez soumettre à nouveau le brouillon quand il sera prêt.";
            return Redirect("/backoffice/review");
        }

        return await FailedAsync("review.withdraw", result);
    }

    private string Target => $"review:{Id}";

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private string ReviewUrl => HttpContext.RequestServices.GetRequiredService<IOptions<BackofficeOptions>>().Value.LinkTo(Request, $"/backoffice/review/{Id}");

    /// <summary>Re-displays the request with why the decision did not happen; the comment typed stays in its field.</summary>
    private async Task<IActionResult> FailedAsync(string action, OperationResult<ReviewRequest> result)
    {
        await Audit.RecordAsync(HttpContext, action, Target, AuditOutcome.Failed, result.Message);
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Errors.FirstOrDefault(e => e.Property == "comment") is { } comment)
        {
            CommentError = comment.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Error = result.Status == OperationStatus.ValidationFailed
                ? "Le brouillon ne peut pas être publié : " + string.Join(" ; ", result.Errors.Select(e => e.ToString()))
                : result.Message;
            Response.StatusCode = result.Status == OperationStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(); // the request as it is now (still pending, or decided by someone else)
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await reviews.GetAsync(Id) is not { } request)
        {
            return NotFound();
        }

        Submission = request;
        Item = await queries.GetAsync(request.NodeId);
        if (await RefuseUnlessAsync(BackofficeAction.ContentRead, Target, Item?.ContentType) is { } refused)
        {
            return refused;
        }

        if (Item is not null && await history.GetAsync(Item.Id, request.Version) is { } submitted)
        {
            // Against what visitors see now: what approving would change.
            Changes = HistoryDiff.Rows(model.RequiredType(Item.ContentType), VersionHistory.Diff(Item.Published ?? new DocumentData(), submitted));
        }

        return null;
    }
}
