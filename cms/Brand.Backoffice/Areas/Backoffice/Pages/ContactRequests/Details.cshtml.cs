using Brand.Backoffice.Audit;
using Brand.Backoffice.ContactRequests;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RequestStore = Brand.Cms.Core.SelfDiagnostic.ContactRequests;

namespace Brand.Backoffice.Areas.Backoffice.Pages.ContactRequests;

/// <summary>
/// One contact request, the result it came from, and its follow-up. Saving checks the version the manager
/// loaded: a follow-up recorded meanwhile by someone else is shown, never silently overwritten.
/// </summary>
public sealed class DetailsModel(RequestStore requests, ContactRequestContext context) : BackofficePage
{
    public const string StatusField = "status";
    public const string NoteField = "note";

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(Name = StatusField)]
    public ContactRequestStatus? Status { get; set; }

    [BindProperty(Name = NoteField)]
    public string? Note { get; set; }

    /// <summary>The request's version when the form was loaded.</summary>
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    public ContactRequest Item { get; private set; } = null!;
    public ResultSummary? Result { get; private set; }
    public int? ActorId { get; private set; }
    public bool CanFollowUp => Can(BackofficeAction.ContactRequestsFollowUp);

    /// <summary>Someone saved a follow-up since this form was loaded: who, when, and what.</summary>
    public string? ConflictMessage { get; private set; }

    /// <summary>The problems of the form, by field (<see cref="StatusField"/>, <see cref="NoteField"/>).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    private string Target => $"contactrequest:{Id}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ContactRequestsRead, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Status = Item.Status;
        Note = Item.FollowUpNote;
        Version = Item.Version;
        if (Item.ErasedAt is null)
        {
            // Who looked at a business's contact details is personal-data accountability: the read is journalled, not the data.
            await Audit.RecordAsync(HttpContext, "contactrequest.read", Target, AuditOutcome.Succeeded, "contact details shown");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ContactRequestsFollowUp, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Status is not { } status || !Enum.IsDefined(status))
        {
            Errors[StatusField] = "Choisissez le statut de la demande.";
            return await FailedAsync(StatusCodes.Status400BadRequest, "no status");
        }

        var before = Item.Status;
        var saved = await requests.FollowUpAsync(Id, status, Note, Version, Actor, HttpContext.RequestAborted);
        switch (saved.Status)
        {
            case OperationStatus.Success:
                // The note may name people: the audit keeps that a note was written, not its text.
                await Audit.RecordAsync(HttpContext, "contactrequest.followup", Target, AuditOutcome.Succeeded,
                    saved.Value!.FollowUpNote is null ? "no note" : "note recorded", before: before.ToString(), after: status.ToString());
                Flash = $"Le suivi de la demande à {Item.ActorName} est enregistré : « {ContactRequestLabels.Status(status)} ».";
                return Redirect("/backoffice/contact-requests");
            case OperationStatus.NotFound:
                return NotFound();
            case OperationStatus.Conflict:
                await LoadAsync(); // the request as the other manager left it
                ConflictMessage = Item.UpdatedAt is { } at
                    ? $"{Item.UpdatedBy} a enregistré un suivi de cette demande le {ParisTime.Display(at)} (statut « {ContactRequestLabels.Status(Item.Status)} ») pendant que vous la consultiez."
                    : "Cette demande a changé pendant que vous la consultiez.";
                // What was typed stays; saving again now replaces that follow-up knowingly.
                Version = Item.Version;
                return await FailedAsync(StatusCodes.Status409Conflict, saved.Message);
            default:
                foreach (var error in saved.Errors)
                {
                    Errors[error.Property == "followUpNote" ? NoteField : StatusField] = error.Code == "maxLength"
                        ? $"La note ne peut pas dépasser {ContactRequestLimits.FollowUpNote} caractères."
                        : error.Message;
                }

                return await FailedAsync(StatusCodes.Status400BadRequest, saved.Message);
        }
    }

    private async Task<IActionResult> FailedAsync(int statusCode, string? reason)
    {
        await Audit.RecordAsync(HttpContext, "contactrequest.followup", Target, AuditOutcome.Failed, reason);
        Response.StatusCode = statusCode;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await requests.FindAsync(Id, HttpContext.RequestAborted) is not { } request)
        {
            return false;
        }

        Item = request;
        Result = await context.ResultAsync(request.ResultId, HttpContext.RequestAborted);
        ActorId = (await context.ActorIdsAsync([request.ActorKey])).TryGetValue(request.ActorKey, out var id) ? id : null;
        return true;
    }
}
