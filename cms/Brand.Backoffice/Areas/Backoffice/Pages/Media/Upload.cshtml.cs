using Brand.Backoffice.Media;
using Brand.Backoffice.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Media;

/// <summary>Uploads an image or a PDF into a folder. A refused upload shows the form again with what was typed (a browser cannot keep the file).</summary>
[UploadLimits]
public sealed class UploadModel(MediaQueries queries, MediaUploader uploader, IOptions<MediaOptions> options) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int? Folder { get; set; }

    [BindProperty]
    public IFormFile? UploadedFile { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? AltFr { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    public IReadOnlyList<MediaItem> Breadcrumb { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>A failure that belongs to no field (the server's disk is full).</summary>
    public string? Problem { get; private set; }
    public MediaOptions Limits => options.Value;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaUpload, "media") is { } refused)
        {
            return refused;
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.MediaUpload, "media") is { } refused)
        {
            return refused;
        }

        var result = await uploader.UploadAsync(HttpContext, UploadedFile, new MediaUpload(Folder, Name, AltFr, AltEn), HttpContext.RequestAborted);
        switch (result.Status)
        {
            case MediaStatus.Ok:
                Flash = $"« {result.Item!.Name} » a été ajouté à la médiathèque.";
                return RedirectToPage("/Media/Item", new { area = BackofficeExtensions.Area, id = result.Item.Id });
            case MediaStatus.NotFound:
                FlashError = "Le dossier choisi n'existe plus : le fichier n'a pas été ajouté.";
                return RedirectToPage("/Media/Index", new { area = BackofficeExtensions.Area });
            case MediaStatus.DiskFull:
                // 507 Insufficient Storage: the form comes back with what was typed and the reason.
                Problem = result.Message;
                Response.StatusCode = StatusCodes.Status507InsufficientStorage;
                return await ShowAsync();
            default:
                Errors = result.Errors;
                return await ShowAsync();
        }
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Folder is { } id && await queries.FolderAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        Breadcrumb = await queries.BreadcrumbAsync(Folder, HttpContext.RequestAborted);
        return Page();
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
