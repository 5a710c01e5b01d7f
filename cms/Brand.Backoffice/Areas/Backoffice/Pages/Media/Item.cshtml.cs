using Brand.Backoffice.Media;
using Brand.Backoffice.Security;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Media;

/// <summary>One file: its details and public URL, title and alternative texts, move, where it is used, deletion.</summary>
public sealed class ItemModel(MediaQueries queries, MediaLibrary library, MediaUsage usage) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? AltFr { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    /// <summary>Ticked to delete a file that content still uses.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public MediaItem Item { get; private set; } = null!;
    public IReadOnlyList<MediaItem> Breadcrumb { get; private set; } = [];
    public IReadOnlyList<MediaFolderChoice> Destinations { get; private set; } = [];
    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? FailedForm { get; private set; }

    public bool IsImage => Item.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaRead, $"media-item:{Id}") is { } refused)
        {
            return refused;
        }

        return await ShowAsync(keepTyped: false);
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaEdit, $"media-item:{Id}") is { } refused)
        {
            return refused;
        }

        var result = await library.UpdateAsync(HttpContext, Id, Version, Name, AltFr, AltEn, HttpContext.RequestAborted);
        return await AfterAsync(result, "save", "Modifications enregistrées.");
    }

    public async Task<IActionResult> OnPostMoveAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaEdit, $"media-item:{Id}") is { } refused)
        {
            return refused;
        }

        var result = await library.MoveAsync(HttpContext, Id, ParentId, HttpContext.RequestAborted);
        return await AfterAsync(result, "move", "Fichier déplacé.");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaDelete, $"media-item:{Id}") is { } refused)
        {
            return refused;
        }

        var result = await library.DeleteAsync(HttpContext, Id, ConfirmDelete, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = $"« {result.Item!.Name} » a été supprimé.";
            return RedirectToPage("/Media/Index", new { area = BackofficeExtensions.Area, folder = result.Item.ParentId });
        }

        return await AfterAsync(result, "delete", "");
    }

    private async Task<IActionResult> AfterAsync(MediaResult result, string form, string success)
    {
        if (result.Status == MediaStatus.NotFound)
        {
            FlashError = result.Message;
            return RedirectToPage("/Media/Index", new { area = BackofficeExtensions.Area });
        }

        if (result.Succeeded)
        {
            Flash = success;
            return RedirectToPage(new { id = Id });
        }

        FailedForm = form;
        Errors = new Dictionary<string, string>(result.Errors);
        if (result.Message is { } message)
        {
            Errors["Form"] = message;
        }

        if (result is { Status: MediaStatus.Conflict, Item: { } current })
        {
            Version = current.Version; // the next save overwrites knowingly
        }

        return await ShowAsync(keepTyped: true);
    }

    private async Task<IActionResult> ShowAsync(bool keepTyped)
    {
        if (await queries.ItemAsync(Id, HttpContext.RequestAborted) is not { IsFolder: false } item)
        {
            return NotFound();
        }

        Item = item;
        if (!keepTyped || FailedForm != "save")
        {
            var alt = MediaAlt.Of(item);
            (Name, AltFr, AltEn) = (item.Name, alt.Fr, alt.En);
            Version = item.Version;
        }

        if (!keepTyped || FailedForm != "move")
        {
            ParentId = item.ParentId;
        }

        Breadcrumb = await queries.BreadcrumbAsync(item.ParentId, HttpContext.RequestAborted);
        Destinations = await queries.FolderChoicesAsync(HttpContext.RequestAborted);
        Uses = await usage.WhereUsedAsync(item.Key, HttpContext.RequestAborted);
        return Page();
    }

    public string? Error(string field, string form) => FailedForm == form && Errors.TryGetValue(field, out var message) ? message : null;
}
