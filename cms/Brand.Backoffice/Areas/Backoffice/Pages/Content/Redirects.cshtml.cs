using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Redirects;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// The old URLs of an item that answer 301 to its current one (recorded by the published cache when a
/// published URL changes), and their removal by an Editor, e.g. to give an old address to another page.
/// </summary>
public sealed class RedirectsModel(ContentQueries queries, PublishedContentCache cache) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Delete: the old URL, exactly as listed.</summary>
    [BindProperty]
    public string OldUrl { get; set; } = "";

    public ContentItem Item { get; private set; } = null!;
    public string Name => ReviewLabels.ItemName(Item.Id, Item.Draft);
    public IReadOnlyList<RedirectUrl> Redirects { get; private set; } = [];

    /// <summary>The item's public URL in each culture where it has one.</summary>
    public IReadOnlyList<(string Culture, string Url)> Current { get; private set; } = [];

    public bool CanManage => Can(BackofficeAction.RedirectsManage);

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

        Redirects = await cache.RedirectsToAsync(item.Key);
        if (cache.IsReady)
        {
            var snapshot = cache.Current;
            Current = snapshot.Cultures.Codes.Select(c => (Culture: c, snapshot.GetById(item.Id, c)?.Url))
                .Where(c => c.Url is not null).Select(c => (c.Culture, c.Url!)).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.RedirectsManage, $"redirect:{OldUrl}") is { } refused)
        {
            return refused;
        }

        if (await queries.GetAsync(Id) is not { } item || !(await cache.RedirectsToAsync(item.Key)).Any(r => r.Url == OldUrl))
        {
            return NotFound();
        }

        await cache.DeleteRedirectAsync(OldUrl);
        await Audit.RecordAsync(HttpContext, "redirect.delete", $"redirect:{OldUrl}", AuditOutcome.Succeeded, $"content:{Id}", before: $"{OldUrl} → content:{Id}");
        Flash = $"L'ancienne adresse {OldUrl} ne redirige plus vers ce contenu.";
        return Redirect($"/backoffice/content/{Id}/redirects");
    }

    private string Target => $"content:{Id}";
}
