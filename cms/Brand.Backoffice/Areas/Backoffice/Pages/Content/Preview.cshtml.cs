using Brand.Backoffice.Audit;
using Brand.Backoffice.Preview;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Cultures;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// Makes a private preview link for a draft (POST) and goes to it. The link works without signing in, so it
/// can be sent to a colleague, until it expires. GET shows the same choice as a form.
/// </summary>
public sealed class PreviewModel(ContentQueries queries, CultureSet cultures, PreviewTokens tokens) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>From the form or the query string (?culture=fr); the default culture when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    /// <summary>The version to show; the current draft when absent (a review shows the submitted one).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public string Name => ReviewLabels.ItemName(Item.Id, Item.Draft);
    public IReadOnlyList<string> Cultures { get; private set; } = [];
    public string? CultureError { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        var culture = string.IsNullOrEmpty(Culture) ? cultures.Default.Code : Culture;
        var version = Version ?? Item.Version;
        if (version < 1 || version > Item.Version)
        {
            return NotFound();
        }

        if (!Cultures.Contains(culture))
        {
            CultureError = $"Ce brouillon n'a pas de nom en {ReviewLabels.Culture(culture)} : choisissez une autre langue.";
            return Page();
        }

        var ticket = tokens.Issue(Id, culture, version);
        await Audit.RecordAsync(HttpContext, "content.preview", $"content:{Id}", AuditOutcome.Succeeded,
            $"preview link for version {version} in '{culture}', valid until {ticket.ExpiresAt:u}");
        return Redirect("/preview/" + tokens.Protect(ticket));
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await queries.GetAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentRead, $"content:{Id}", item.ContentType) is { } refused)
        {
            return refused;
        }

        Cultures = cultures.Codes.Where(item.Draft.Names.ContainsKey).ToList();
        return null;
    }
}
