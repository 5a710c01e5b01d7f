using Brand.Backoffice.Areas.Backoffice.Pages.Content;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.RecycleBin;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.RecycleBin;

/// <summary>
/// The deleted items (each with its descendants): restore one where it was, or elsewhere when its parent is
/// gone; empty the bin for good after an explicit confirmation.
/// </summary>
public sealed class IndexModel(RecycleBinService bin, TrashedListing trashed, ContentListing listing) : BackofficePage
{
    public sealed record Entry(TrashedItem Item, bool ParentAvailable, ParentChoice? Choice);

    // From the query only: Razor Pages' "page" route value (the page's path) would win over ?page=2.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public TrashedPage Bin { get; private set; } = new([], 0, 1, TrashedListing.PageSize);

    /// <summary>The item whose restore needs a place, with the reason.</summary>
    public int? ChoosingFor { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ContentRestore, "recycle-bin") is { } refused)
        {
            return refused;
        }

        await LoadAsync(null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, string? parentId)
    {
        if (await trashed.FindAsync(id) is not { } item)
        {
            return NotFound();
        }

        var target = $"content:{id}";
        if (await RefuseUnlessAsync(BackofficeAction.ContentRestore, target, item.ContentType) is { } refused)
        {
            return refused;
        }

        int? parent = int.TryParse(parentId, out var p) ? p : null;
        var result = await bin.RestoreAsync(id, Actor, parent);

        await Audit.RecordAsync(HttpContext, "content.restore", target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"to {parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "its original parent"}; {result.Message}".TrimEnd(' ', ';'));
        if (!result.Succeeded)
        {
            await LoadAsync(id, parentId is null ? null : "Cet emplacement n'accepte pas ce contenu : choisissez-en un autre.");
            Response.StatusCode = 422;
            return Page();
        }

        Flash = $"« {item.Name} » est restauré (non publié).";
        return Redirect($"/backoffice/content/{id}");
    }

    public async Task<IActionResult> OnPostEmptyAsync(bool confirm)
    {
        if (await RefuseUnlessAsync(BackofficeAction.RecycleBinEmpty, "recycle-bin") is { } refused)
        {
            return refused;
        }

        if (!confirm)
        {
            FlashError = "Cochez la case de confirmation pour vider la corbeille.";
            return Redirect("/backoffice/recycle-bin");
        }

        var before = string.Join(',', (await bin.ListAsync()).Select(i => i.Id));
        var result = await bin.EmptyAsync(Actor);
        await Audit.RecordAsync(HttpContext, "recycle-bin.empty", "recycle-bin", result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            result.Succeeded ? $"{result.Value} item(s) deleted for good" : result.Message, before);
        if (result.Succeeded)
        {
            Flash = $"Corbeille vidée : {result.Value} contenu(s) supprimé(s) définitivement.";
        }
        else
        {
            FlashError = "La corbeille n'a pas pu être vidée.";
        }

        return Redirect("/backoffice/recycle-bin");
    }

    private async Task LoadAsync(int? choosingFor, string? error)
    {
        ChoosingFor = choosingFor;
        var entries = new List<Entry>();
        Bin = await trashed.PageAsync(PageNumber);
        foreach (var item in Bin.Items)
        {
            var parent = item.ParentId is { } pid ? await listing.RowAsync(pid) : null;
            var available = item.ParentId is null || parent is { Trashed: false };
            ParentChoice? choice = null;
            if (!available || item.Id == choosingFor)
            {
                choice = new ParentChoice("Où le restaurer ?", "parentId", false, await listing.PossibleParentsAsync(item.ContentType, null), null, false,
                    item.Id == choosingFor ? error : null);
            }

            entries.Add(new Entry(item, available, choice));
        }

        Entries = entries;
    }
}
