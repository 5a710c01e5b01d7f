using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.RecycleBin;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>Asks for confirmation, then moves the item and its descendants to the recycle bin (they leave the site at once).</summary>
public sealed class DeleteModel(RecycleBinService bin, ContentListing listing, Brand.Cms.Core.Content.ContentQueries queries) : BackofficePage
{
    [FromRoute]
    public int Id { get; set; }

    public ContentRow Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        return await RefuseUnlessAsync(BackofficeAction.ContentDelete, $"content:{Id}", item.ContentType) is { } refused ? refused : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await listing.RowAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        var target = $"content:{Id}";
        if (await RefuseUnlessAsync(BackofficeAction.ContentDelete, target, item.ContentType) is { } refused)
        {
            return refused;
        }

        var before = (await queries.GetAsync(Id))?.Published?.ToJson();
        var result = await bin.TrashAsync(Id, Actor);
        await Audit.RecordAsync(HttpContext, "content.delete", target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            result.Succeeded ? $"{result.Value} item(s) to the recycle bin" : result.Message, before);
        if (!result.Succeeded)
        {
            FlashError = "La suppression a échoué : ce contenu est peut-être déjà dans la corbeille.";
            return Redirect("/backoffice/content");
        }

        Flash = $"« {item.NameIn("fr")} » est dans la corbeille{(result.Value > 1 ? $" avec ses {result.Value - 1} descendant(s)" : "")}.";
        return Redirect(item.ParentId is null ? "/backoffice/content" : $"/backoffice/content?open={item.ParentId}");
    }
}
