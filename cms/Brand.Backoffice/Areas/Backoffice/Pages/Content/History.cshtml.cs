using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Versions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>An item's versions, a side-by-side diff of any two, and rollback (a new draft, never a publish).</summary>
public sealed class HistoryModel(ContentQueries queries, VersionHistory history, ContentModel model) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The two versions compared (query string); by default the two latest.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>Rollback: the version to restore, and the version the page showed as current.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int ExpectedVersion { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public string Name => ReviewLabels.ItemName(Item.Id, Item.Draft);
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];
    public IReadOnlyList<DiffRow>? Changes { get; private set; }
    public string? Error { get; private set; }
    public bool CanRollback => Can(BackofficeAction.ContentRollback, Item.ContentType);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await queries.GetAsync(Id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentRead, Target, item.ContentType) is { } refused)
        {
            return refused;
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync()
    {
        if (await queries.GetAsync(Id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentRollback, Target, item.ContentType) is { } refused)
        {
            return refused;
        }

        var result = await history.RollbackAsync(Id, Version, ExpectedVersion, Actor);
        if (result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "content.rollback", Target, AuditOutcome.Succeeded,
                $"version {Version} restored as draft version {result.Value!.Version}", before: $"version {ExpectedVersion}", after: $"version {result.Value.Version}");
            Flash = $"La version {Version} est rétablie comme nouveau brouillon (version {result.Value.Version}). Elle n'est pas publiée.";
            return Redirect($"/backoffice/content/{Id}/history");
        }

        await Audit.RecordAsync(HttpContext, "content.rollback", Target, AuditOutcome.Failed, result.Message);
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        Item = await queries.GetAsync(Id) ?? item;
        Error = result.Status == OperationStatus.Conflict
            ? $"{Item.UpdatedBy} a enregistré ce contenu le {ReviewLabels.ParisTime(Item.UpdateDate)} (version {Item.Version}) après que vous avez ouvert "
              + $"cette page (version {ExpectedVersion}). Rien n'a été rétabli : consultez ses changements ci-dessous, puis réessayez."
            : "La version ne peut pas être rétablie telle quelle : " + string.Join(" ; ", result.Errors.Select(e => e.ToString()));
        Response.StatusCode = result.Status == OperationStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        if (result.Status == OperationStatus.Conflict)
        {
            From = ExpectedVersion;
            To = Item.Version;
        }

        await LoadAsync();
        return Page();
    }

    private string Target => $"content:{Id}";

    private async Task LoadAsync()
    {
        Versions = await history.ListAsync(Id);
        if (Versions.Count < 2 && From is null)
        {
            return;
        }

        var to = To ?? Versions[0].Number;
        var from = From ?? Versions.Skip(1).First().Number;
        (From, To) = (from, to);
        var compared = await history.CompareAsync(Id, from, to);
        if (compared.Succeeded)
        {
            Changes = HistoryDiff.Rows(model.RequiredType(Item.ContentType), compared.Value!);
        }
        else
        {
            Error ??= $"Impossible de comparer : la version {(Versions.Any(v => v.Number == from) ? to : from)} n'existe pas.";
        }
    }
}
