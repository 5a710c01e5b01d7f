using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>Copies an item (and, if asked, its descendants) as new unpublished drafts.</summary>
public sealed class CopyModel(ContentCopier copier, ContentListing listing, ContentModel model) : BackofficePage
{
    [FromRoute]
    public int Id { get; set; }

    public ContentRow Item { get; private set; } = null!;
    public ParentChoice Choice { get; private set; } = null!;

    /// <summary>The "with descendants" box as it was ticked, when the form comes back.</summary>
    public bool WithDescendants { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentCopy, $"content:{Id}", item.ContentType) is { } refused)
        {
            return refused;
        }

        await ChoicesAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? parentId, bool withDescendants)
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        var target = $"content:{Id}";
        if (await RefuseUnlessAsync(BackofficeAction.ContentCopy, target, item.ContentType) is { } refused)
        {
            return refused;
        }

        int? parent = int.TryParse(parentId, out var p) ? p : null;
        WithDescendants = withDescendants;
        var (result, discarded, discardFailed) = await copier.CopyAsync(Id, parent, withDescendants, Actor);
        var undo = discarded is not { } partial ? ""
            : discardFailed ? $"; the partial copy {partial} could not be moved to the recycle bin"
            : $"; the partial copy {partial} was moved to the recycle bin";
        await Audit.RecordAsync(HttpContext, "content.copy", target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"to {parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "root"}{(withDescendants ? " with descendants" : "")}; {result.Message}".TrimEnd(' ', ';') + undo,
            after: result.Value is { } copy ? $"{{\"id\":{copy.Id}}}" : discarded is { } id ? $"{{\"id\":{id},\"trashed\":{(discardFailed ? "false" : "true")}}}" : null);
        if (!result.Succeeded)
        {
            await ChoicesAsync(discarded is { } partialId
                ? $"La copie des descendants a échoué ({result.Message}). "
                  + (discardFailed ? $"La copie partielle (n° {partialId}) n'a pas pu être mise à la corbeille : supprimez-la."
                      : $"La copie partielle (n° {partialId}) a été mise à la corbeille.")
                : result.Status == OperationStatus.NotAllowed ? "Ce contenu ne peut pas aller à cet endroit." : "La copie a échoué : " + result.Message);
            Response.StatusCode = 422;
            return Page();
        }

        Flash = $"Copie de « {item.NameIn("fr")} » créée (brouillon non publié).";
        return Redirect($"/backoffice/content/{result.Value!.Id}");
    }

    private async Task ChoicesAsync(string? error) =>
        Choice = new ParentChoice("Emplacement de la copie", "parentId", model.RequiredType(Item.ContentType).AllowedAtRoot,
            await listing.PossibleParentsAsync(Item.ContentType, null), Item.ParentId, Item.ParentId is null, error);
}
