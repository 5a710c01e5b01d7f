using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Network;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Network.ProfileEdits;

/// <summary>
/// One proposed change to a directory entry, field by field against what is published, and the decision.
/// The proposal keeps the entry's version the actor started from: a manager's edit since is pointed out,
/// because approving publishes the proposal over the current draft.
/// </summary>
public sealed class DetailsModel(Brand.Cms.Core.Network.ProfileEdits edits, ContentQueries queries, PublishedContentCache cache) : DecisionPage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>The proposal's version when the page was loaded.</summary>
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    [BindProperty(Name = "message")]
    public string? Message { get; set; }

    public ProfileEdit Item { get; private set; } = null!;
    public IReadOnlyList<(string Field, string Before, string After)> Changes { get; private set; } = [];

    /// <summary>The entry's editor page; null when the entry left the content tree.</summary>
    public int? EntryId { get; private set; }
    public string? EntryUrl { get; private set; }
    public bool Published { get; private set; }

    /// <summary>Someone changed the entry after the actor opened the form.</summary>
    public bool EntryChangedSince { get; private set; }

    public string? MessageError { get; private set; }
    public string? ConflictMessage { get; private set; }

    public string Path => $"{IndexModel.Path}/{Id}";
    protected override string Target => $"profileedit:{Id}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkProfileEditsModerate, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Version = Item.Version;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync() =>
        DecideAsync("profileedit.approve", ct => edits.ApproveAsync(Id, Version, Actor, ct),
            "La modification est publiée sur la fiche ; l'acteur en est informé par courriel.");

    public Task<IActionResult> OnPostRejectAsync() =>
        DecideAsync("profileedit.reject", ct => edits.RejectAsync(Id, Version, Message, Actor, ct),
            "La modification est refusée ; l'acteur en reçoit la raison par courriel.");

    private async Task<IActionResult> DecideAsync(string action, Func<CancellationToken, Task<OperationResult<ProfileEdit>>> decide, string done)
    {
        if (await RefuseUnlessAsync(BackofficeAction.NetworkProfileEditsModerate, Target) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await decide(HttpContext.RequestAborted);
        switch (result.Status)
        {
            case OperationStatus.Success:
                await Audit.RecordAsync(HttpContext, action, Target, AuditOutcome.Succeeded, $"entry {Item.ActorKey}",
                    before: nameof(ProfileEditStatus.Pending), after: result.Value!.Status.ToString());
                Flash = $"{Item.ActorName} : {done}";
                return Redirect(IndexModel.Path);
            case OperationStatus.ValidationFailed when result.Errors.All(e => e.Property == "message"):
                MessageError = result.Errors.Any(e => e.Code == "maxLength")
                    ? $"Le message ne peut pas dépasser {ApplicationLimits.Message} caractères."
                    : "Écrivez à l'acteur pourquoi la modification est refusée : il le reçoit par courriel.";
                return await FailedAsync(action, StatusCodes.Status400BadRequest, result.Message);
            case OperationStatus.Conflict:
                await LoadAsync(); // the proposal as it is now
                ConflictMessage = Item.Status switch
                {
                    ProfileEditStatus.Superseded => "L'acteur a envoyé depuis une version plus récente de sa modification : rien n'a été fait. Ouvrez-la depuis la liste.",
                    ProfileEditStatus.Pending => "Cette modification a changé pendant que vous la consultiez : rien n'a été fait. Relisez-la avant de décider.",
                    _ => $"{Item.DecidedBy} a déjà {(Item.Status == ProfileEditStatus.Approved ? "publié" : "refusé")} cette modification"
                        + (Item.DecidedAt is { } at ? $" le {ParisTime.Display(at)}" : "") + " : rien n'a été fait.",
                };
                Version = Item.Version;
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
            default:
                // The entry itself refused the values (its rules changed, it was deleted): the proposal is back in the queue.
                ConflictMessage = $"La fiche n'a pas pu être mise à jour ; la proposition reste en attente (détail technique : {result.Message} {string.Join(" ; ", result.Errors)}).";
                await LoadAsync();
                Version = Item.Version;
                return await FailedAsync(action, StatusCodes.Status409Conflict, result.Message);
        }
    }

    private async Task<bool> LoadAsync()
    {
        if (await edits.FindAsync(Id, HttpContext.RequestAborted) is not { } edit)
        {
            return false;
        }

        Item = edit;
        var published = cache.Current.GetByKey(edit.ActorKey, edit.Culture);
        Published = published is not null;
        EntryUrl = published?.Url;
        Changes = ProfileValues.FromJson(edit.ValuesJson).Differences(published is null ? new ProfileValues() : ProfileValues.From(published));
        if (await queries.GetByKeyAsync(edit.ActorKey) is { Trashed: false } entry)
        {
            EntryId = entry.Id;
            EntryChangedSince = entry.Version != edit.BaseVersion;
        }

        return true;
    }
}
