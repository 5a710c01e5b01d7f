using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// Creates an item under a parent (or at the root) with only a name in one culture: "required" is checked
/// at publish, so the rest is filled in the editor.
/// </summary>
public sealed class CreateModel(ContentEditor editor, ContentListing listing, ContentModel model, CultureSet cultures) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int? ParentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeAlias { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    public ContentRow? Parent { get; private set; }
    public DocumentType? Type { get; private set; }
    public IReadOnlyList<DocumentType> Allowed { get; private set; } = [];
    public string? NameError { get; private set; }
    public CultureSet Cultures => cultures;
    public string CurrentCulture => cultures.Contains(Culture) ? Culture! : cultures.Default.Code;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        return Type is not null && await RefuseUnlessAsync(BackofficeAction.ContentCreate, Target, Type.Alias) is { } refused ? refused : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (Type is null)
        {
            // A type this role may not create is refused (403, audited); one the parent does not allow is a bad request.
            return TypeAlias is not null && await RefuseUnlessAsync(BackofficeAction.ContentCreate, Target, TypeAlias) is { } forbidden
                ? forbidden
                : BadRequest();
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentCreate, Target, Type.Alias) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            NameError = "Donnez un nom au contenu.";
            return Page();
        }

        var data = new DocumentData();
        data.Names[CurrentCulture] = Name.Trim();
        var result = await editor.CreateAsync(new NewContent(Type.Alias, ParentId, data, Actor));
        await Audit.RecordAsync(HttpContext, "content.create", result.Succeeded ? $"content:{result.Value!.Id}" : Target,
            result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed, $"{Type.Alias} under {ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "root"}; {result.Message}".TrimEnd(' ', ';'),
            after: result.Value?.Draft.ToJson());
        if (!result.Succeeded)
        {
            NameError = result.Errors.FirstOrDefault(e => e.Property == "name") is { } error ? ErrorMessages.French(error, null)
                : result.Status == OperationStatus.NotAllowed ? "Ce type de contenu n'est pas autorisé ici." : "La création a échoué : réessayez.";
            Response.StatusCode = 422;
            return Page();
        }

        Flash = $"« {Name.Trim()} » est créé (brouillon non publié).";
        return Redirect($"/backoffice/content/{result.Value!.Id}?culture={CurrentCulture}");
    }

    private string Target => ParentId is null ? "content:root" : $"content:{ParentId}";

    private async Task<IActionResult?> LoadAsync()
    {
        if (ParentId is { } parentId)
        {
            if (await listing.RowAsync(parentId) is not { Trashed: false } parent)
            {
                return NotFound();
            }

            Parent = parent;
            Allowed = model.RequiredType(parent.ContentType).AllowedChildren.Select(model.Type).OfType<DocumentType>().ToList();
        }
        else
        {
            Allowed = model.Types.Values.Where(t => t.AllowedAtRoot && !t.IsElement).ToList();
        }

        Allowed = Allowed.Where(t => Can(BackofficeAction.ContentCreate, t.Alias)).ToList();
        Type = Allowed.FirstOrDefault(t => t.Alias == TypeAlias);
        return null;
    }
}
