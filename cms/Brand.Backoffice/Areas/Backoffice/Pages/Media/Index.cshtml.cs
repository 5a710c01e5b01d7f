using Brand.Backoffice.Media;
using Brand.Backoffice.Security;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Media;

/// <summary>A folder of the media library: its folders and files, and the folder's own actions (create, rename, move, delete).</summary>
public sealed class IndexModel(MediaQueries queries, MediaLibrary library) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int? Folder { get; set; }

    /// <summary>The new folder's name, kept when refused.</summary>
    [BindProperty]
    public string? NewFolderName { get; set; }

    /// <summary>The current folder's name in the rename form, kept when refused.</summary>
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    public MediaFolderView View { get; private set; } = null!;
    public IReadOnlyList<MediaFolderChoice> Destinations { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>Which form the errors belong to: "create", "rename", "move" or "delete".</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaRead, "media") is { } refused)
        {
            return refused;
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostCreateFolderAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaUpload, "media") is { } refused)
        {
            return refused;
        }

        var result = await library.CreateFolderAsync(HttpContext, Folder, NewFolderName, HttpContext.RequestAborted);
        return await AfterAsync(result, "create", $"Dossier « {result.Item?.Name} » créé.");
    }

    public async Task<IActionResult> OnPostRenameAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaEdit, $"media-folder:{Folder}") is { } refused)
        {
            return refused;
        }

        var result = Folder is { } id ? await library.UpdateAsync(HttpContext, id, Version, Name, null, null, HttpContext.RequestAborted) : MediaResult.NotFound();
        return await AfterAsync(result, "rename", $"Dossier renommé en « {result.Item?.Name} ».");
    }

    public async Task<IActionResult> OnPostMoveAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaEdit, $"media-folder:{Folder}") is { } refused)
        {
            return refused;
        }

        var result = Folder is { } id ? await library.MoveAsync(HttpContext, id, ParentId, HttpContext.RequestAborted) : MediaResult.NotFound();
        return await AfterAsync(result, "move", "Dossier déplacé.");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaDelete, $"media-folder:{Folder}") is { } refused)
        {
            return refused;
        }

        var result = Folder is { } id ? await library.DeleteAsync(HttpContext, id, confirmed: false, HttpContext.RequestAborted) : MediaResult.NotFound();
        if (result.Succeeded)
        {
            Flash = $"Dossier « {result.Item!.Name} » supprimé.";
            return RedirectToPage(new { folder = result.Item.ParentId });
        }

        return await AfterAsync(result, "delete", "");
    }

    private async Task<IActionResult> AfterAsync(MediaResult result, string form, string success)
    {
        if (result.Status == MediaStatus.NotFound)
        {
            FlashError = result.Message;
            return RedirectToPage(new { folder = (int?)null });
        }

        if (result.Succeeded)
        {
            Flash = success;
            return RedirectToPage(new { folder = Folder });
        }

        FailedForm = form;
        if (result is { Status: MediaStatus.Conflict, Item: { } current })
        {
            Version = current.Version; // saving again overwrites knowingly
        }

        Errors = new Dictionary<string, string>(result.Errors);
        if (result.Message is { } message)
        {
            Errors["Form"] = message;
        }

        return await ShowAsync(keepTyped: true);
    }

    private async Task<IActionResult> ShowAsync(bool keepTyped = false)
    {
        if (await queries.FolderAsync(Folder, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (!keepTyped && view.Folder is { } folder)
        {
            Name = folder.Name;
            Version = folder.Version;
            ParentId = folder.ParentId;
        }

        Destinations = await queries.FolderChoicesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public string? Error(string field, string form) => FailedForm == form && Errors.TryGetValue(field, out var message) ? message : null;
}
