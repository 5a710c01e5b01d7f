using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Network;
using Brand.Backoffice.Security;
using Brand.Cms.Core;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Network.Applications;

/// <summary>
/// One application: all the applicant gave, its documents, its history, and the decisions its status allows.
/// Each decision names the version the manager saw: a decision taken meanwhile by someone else (or the
/// applicant's answer) is shown, never silently overridden, and what the manager typed stays in the form.
/// </summary>
public sealed class DetailsModel(
    ApplicationReview review,
    ApplicationDocuments documents,
    LabelGranting granting,
    ContentQueries queries,
    PublishedContentCache cache,
    NetworkLinks links,
    IOptions<BackofficeOptions> options,
    TimeProvider clock) : DecisionPage
{
    public const string StartReviewForm = "start-review";
    public const string RequestInformationForm = "request-information";
    public const string RefuseForm = "refuse";
    public const string GrantForm = "grant";
    public const string NoteForm = "note";

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The application's version when the page was loaded.</summary>
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    [BindProperty(Name = "message")]
    public string? Message { get; set; }

    [BindProperty(Name = "confirm")]
    public bool Confirm { get; set; }

    public LabelApplication Item { get; private set; } = null!;

    /// <summary>The form that was posted and refused: it shows what was typed, and its error.</summary>
    public string? PostedForm { get; private set; }

    /// <summary>Why the posted form was refused, by form (the message by its field).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Someone changed the application since this page was loaded: who, when, what it is now.</summary>
    public string? ConflictMessage { get; private set; }

    public DateTime Now { get; private set; }
    public DateOnly ExpiryIfGrantedToday { get; private set; }
    public bool CanDecide => Can(BackofficeAction.NetworkApplicationsDecide);

    /// <summary>The directory entry, once granted (or the one a renewal renews): its editor page and its public address.</summary>
    public int? EntryId { get; private set; }
    public string? EntryUrl { get; private set; }
    public string? CharterUrl { get; private set; }

    public string Path => $"{IndexModel.Path}/{Id}";
    protected override string Target => $"networkapplication:{Id}";
    private string RequestBase => options.Value.LinkTo(Request, "");

    /// <summary>Whether the application's current status allows the decision of <paramref name="form"/>.</summary>
    public bool Allows(string form) => form switch
    {
        StartReviewForm => Item.Status == ApplicationStatus.Submitted,
        RequestInformationForm => Item.Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview,
        RefuseForm or GrantForm => !Item.IsDecided,
        NoteForm => true,
        _ => false,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkApplicationsRead, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Item.Version;
        // Who looked at an applicant's details is personal-data accountability: the read is journalled, not the data.
        await Audit.RecordAsync(HttpContext, "networkapplication.read", Target, AuditOutcome.Succeeded, "application shown");
        return Page();
    }

    /// <summary>A document the applicant attached, as a download: never shown inline, never sniffed into something else.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(long documentId)
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkApplicationsRead, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync() || Item.Documents.FirstOrDefault(d => d.Id == documentId) is not { } document || documents.Open(document) is not { } file)
        {
            await Audit.RecordAsync(HttpContext, "networkapplication.document", Target, AuditOutcome.Failed, $"document {documentId} not found");
            return NotFound();
        }

        await Audit.RecordAsync(HttpContext, "networkapplication.document", Target, AuditOutcome.Succeeded, $"document {document.Id} downloaded");
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file, "application/pdf", document.FileName);
    }

    public Task<IActionResult> OnPostStartReviewAsync() =>
        DecideAsync(StartReviewForm, ct => review.StartReviewAsync(Id, Version, Actor, ct),
            _ => "L'examen de la candidature a commencé.");

    public Task<IActionResult> OnPostRequestInformationAsync() =>
        DecideAsync(RequestInformationForm, ct => review.RequestInformationAsync(Id, Version, Message, Actor, RequestBase, ct),
            _ => "La demande de complément est envoyée au candidat.");

    public Task<IActionResult> OnPostRefuseAsync() =>
        DecideAsync(RefuseForm, ct => review.RefuseAsync(Id, Version, Message, Actor, RequestBase, ct),
            _ => "La candidature est refusée ; le candidat en reçoit la raison par courriel.");

    public Task<IActionResult> OnPostGrantAsync() =>
        DecideAsync(GrantForm, async ct => Confirm
                ? await review.GrantAsync(Id, Version, Actor, RequestBase, ct)
                : OperationResult<LabelApplication>.Invalid([new PropertyError("confirm", null, "required", "confirm the grant")]),
            granted => $"Label accordé : n° {granted.LabelNumber}, valable jusqu'au {granted.LabelExpiresOn:dd/MM/yyyy}. La fiche est publiée dans l'annuaire.");

    public Task<IActionResult> OnPostNoteAsync() =>
        DecideAsync(NoteForm, ct => review.AddNoteAsync(Id, Version, Message, Actor, ct),
            _ => "La note interne est ajoutée à l'historique.");

    private async Task<IActionResult> DecideAsync(
        string form, Func<CancellationToken, Task<OperationResult<LabelApplication>>> decide, Func<LabelApplication, string> done)
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkApplicationsDecide, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        PostedForm = form;
        var before = Item.Status;
        var action = "networkapplication." + form.Replace("-", "", StringComparison.Ordinal);
        var result = await decide(HttpContext.RequestAborted);
        switch (result.Status)
        {
            case OperationStatus.Success:
                var after = result.Value!;
                // The message may name people: the audit keeps that one was written, and the label number, not the text.
                await Audit.RecordAsync(HttpContext, action, Target, AuditOutcome.Succeeded,
                    after.LabelNumber is { } number && form == GrantForm ? $"label {number}" : Message is null ? null : "message written",
                    before: before.ToString(), after: after.Status.ToString());
                Flash = done(after);
                return Redirect(Path);
            case OperationStatus.NotFound:
                return NotFound();
            case OperationStatus.Conflict:
                await LoadAsync(); // the application as it is now
                ConflictMessage = $"{NetworkLabels.Who(Item.UpdatedBy)} a modifié cette candidature le {ParisTime.Display(Item.UpdatedAt)} "
                    + $"(statut « {NetworkLabels.Status(Item.Status)} ») pendant que vous la consultiez : rien n'a été fait.";
                // The page now shows the application as it is; acting again is a knowing choice.
                Version = Item.Version;
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
            case OperationStatus.NotAllowed when form == GrantForm && Item.Status is not (ApplicationStatus.Granted or ApplicationStatus.Refused):
                // The directory refused the entry (its folder is missing, the entry renewed is in the bin): the claim
                // of the application moved its version on, which the page takes so the next click is not a conflict.
                await LoadAsync();
                Version = Item.Version;
                ConflictMessage = $"Le label n'a pas pu être accordé : la fiche de l'annuaire n'a pas pu être écrite (détail technique : {result.Message}).";
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
            case OperationStatus.NotAllowed:
                ConflictMessage = $"Cette action n'est pas possible pour une candidature au statut « {NetworkLabels.Status(Item.Status)} » : rien n'a été fait.";
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
            case OperationStatus.ValidationFailed when result.Errors.All(e => e.Property is "message" or "confirm"):
                foreach (var error in result.Errors)
                {
                    Errors[form] = (error.Property, error.Code) switch
                    {
                        ("confirm", _) => "Cochez la case pour confirmer que le label est accordé.",
                        (_, "maxLength") => $"Le message ne peut pas dépasser {ApplicationLimits.Message} caractères.",
                        _ when form == NoteForm => "Écrivez la note à ajouter à l'historique.",
                        _ => "Écrivez le message à envoyer au candidat : il le reçoit par courriel.",
                    };
                }

                return await FailedAsync(action, StatusCodes.Status400BadRequest, result.Message);
            default:
                // Granting writes the directory entry: one that fails its own rules says so here.
                await LoadAsync();
                Version = Item.Version;
                ConflictMessage = $"Le label n'a pas pu être accordé ; la fiche de l'annuaire a refusé ces valeurs (détail technique : {result.Message} {string.Join(" ; ", result.Errors)}).";
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
        }
    }

    private async Task<bool> LoadAsync()
    {
        if (await review.FindAsync(Id, HttpContext.RequestAborted) is not { } application)
        {
            return false;
        }

        Item = application;
        Now = clock.GetUtcNow().UtcDateTime;
        ExpiryIfGrantedToday = granting.ExpiryFor(ParisCalendar.Today(clock));
        if (application.ActorKey is { } key && await queries.GetByKeyAsync(key) is { Trashed: false } entry)
        {
            EntryId = entry.Id;
            EntryUrl = links.Profile(key, application.Culture)?.Url;
        }

        CharterUrl = application.CharterKey is { } charter ? cache.Current.GetByKey(charter, application.Culture)?.Url : null;
        return true;
    }
}
