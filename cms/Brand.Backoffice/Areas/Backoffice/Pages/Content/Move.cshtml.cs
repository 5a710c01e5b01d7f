using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>Moves an item, with its descendants, under a parent whose type accepts it.</summary>
public sealed class MoveModel(ContentTree tree, ContentListing listing, ContentModel model) : BackofficePage
{
    [FromRoute]
    public int Id { get; set; }

    public ContentRow Item { get; private set; } = null!;
    public ParentChoice Choice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentMove, $"content:{Id}", item.ContentType) is { } refused)
        {
            return refused;
        }

        await ChoicesAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? newParentId)
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        var target = $"content:{Id}";
        if (await RefuseUnlessAsync(BackofficeAction.ContentMove, target, item.ContentType) is { } refused)
        {
            return refused;
        }

        int? parent = int.TryParse(newParentId, out var p) ? p : null;
        var result = await tree.MoveAsync(Id, parent, Actor);
        await Audit.RecordAsync(HttpContext, "content.move", target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed, result.Message,
            $"{{\"parentId\":{item.ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}}}",
            $"{{\"parentId\":{parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}}}");
        if (!result.Succeeded)
        {
            await ChoicesAsync(result.Status == OperationStatus.NotAllowed ? "Ce contenu ne peut pas aller à cet endroit." : "Cet emplacement n'existe plus.");
            Response.StatusCode = 422;
            return Page();
        }

        Flash = $"« {item.NameIn("fr")} » est déplacé.";
        return Redirect(parent is null ? "/backoffice/content" : $"/backoffice/content?open={parent}");
    }

    private async Task ChoicesAsync(string? error) =>
        Choice = new ParentChoice("Nouvel emplacement", "newParentId", model.RequiredType(Item.ContentType).AllowedAtRoot,
            (await listing.PossibleParentsAsync(Item.ContentType, Id)).Where(r => r.Id != Item.ParentId).ToList(), null, false, error);
}
