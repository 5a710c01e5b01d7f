using System.Globalization;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// The content tree: the root, or one item with its children a page at a time (a folder may hold 100,000
/// items). Children are sorted with up/down buttons, or by dragging when JavaScript runs; both post the same form.
/// </summary>
public sealed class IndexModel(ContentListing listing, ContentTree tree, ContentModel model) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public int? Open { get; set; }

    // From the query only: Razor Pages' "page" route value (the page's path) would win over ?page=2.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ContentRow? OpenRow { get; private set; }
    public IReadOnlyList<ContentRow> Ancestors { get; private set; } = [];
    public ContentPage Children { get; private set; } = new([], 0, 1, ContentListing.PageSize);

    /// <summary>The types the user may create here: the open item's allowed children, or the types allowed at the root.</summary>
    public IReadOnlyList<DocumentType> Creatable { get; private set; } = [];

    public bool CanSort { get; private set; }
    public ContentListing Listing => listing;
    public string DefaultCulture => listing.Cultures[0];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ContentRead, "content-tree") is { } refused)
        {
            return refused;
        }

        return await ShowAsync();
    }

    /// <param name="order">The ids of the shown page in their new order (after a drag).</param>
    /// <param name="step">"{id}:up" or "{id}:down" (the buttons without JavaScript).</param>
    public async Task<IActionResult> OnPostSortAsync(int[] order, string? step)
    {
        if (Open is { } openId && await listing.RowAsync(openId) is null)
        {
            return NotFound();
        }

        // Sorting rewrites the position of every child: the user must be allowed to sort each of their types
        // (an Editor may not move the site settings at the root, a Network manager only the directory's items).
        var target = Open is null ? "content:root" : $"content:{Open}";
        if (await RefuseUnlessAsync(BackofficeAction.ContentSort, target) is { } notAllowed)
        {
            return notAllowed;
        }

        foreach (var childType in await listing.ChildTypesAsync(Open))
        {
            if (await RefuseUnlessAsync(BackofficeAction.ContentSort, target, childType) is { } refused)
            {
                return refused;
            }
        }

        var before = await listing.ChildOrderAsync(Open);
        var after = step is { Length: > 0 } ? Stepped(before, step) : Reordered(before, order);
        if (after is null)
        {
            FlashError = "Cet ordre ne correspond plus aux éléments affichés : rechargez la page et recommencez.";
            return Back();
        }

        var result = await tree.SortAsync(Open, after, Actor);
        await Audit.RecordAsync(HttpContext, "content.sort", target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed, result.Message,
            string.Join(',', before), string.Join(',', after));
        if (result.Succeeded)
        {
            Flash = "Ordre enregistré.";
        }
        else
        {
            FlashError = "L'ordre n'a pas pu être enregistré : rechargez la page et recommencez.";
        }

        return Back();
    }

    private RedirectResult Back() =>
        Redirect($"/backoffice/content?{(Open is null ? "" : $"open={Open}&")}page={PageNumber.ToString(CultureInfo.InvariantCulture)}");

    private static List<int>? Stepped(List<int> order, string step)
    {
        var parts = step.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var id) || order.IndexOf(id) is var i && i < 0)
        {
            return null;
        }

        var j = parts[1] == "up" ? i - 1 : i + 1;
        if (j < 0 || j >= order.Count)
        {
            return order;
        }

        (order[i], order[j]) = (order[j], order[i]);
        return order;
    }

    /// <summary>The whole order with the shown page's slice replaced by its new order (the same ids, rearranged).</summary>
    private List<int>? Reordered(List<int> order, int[] page)
    {
        var start = (Math.Max(1, PageNumber) - 1) * ContentListing.PageSize;
        if (page.Length == 0 || start + page.Length > order.Count)
        {
            return null;
        }

        var slice = order.GetRange(start, page.Length);
        if (!slice.Order().SequenceEqual(page.Order()))
        {
            return null;
        }

        var result = new List<int>(order);
        for (var i = 0; i < page.Length; i++)
        {
            result[start + i] = page[i];
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Open is { } id)
        {
            if (await listing.RowAsync(id) is not { Trashed: false } row)
            {
                return NotFound();
            }

            OpenRow = row;
            Ancestors = await listing.AncestorsAsync(row);
            Creatable = model.RequiredType(row.ContentType).AllowedChildren.Select(model.Type).OfType<DocumentType>()
                .Where(t => Can(BackofficeAction.ContentCreate, t.Alias)).ToList();
        }
        else
        {
            Creatable = model.Types.Values.Where(t => t.AllowedAtRoot && !t.IsElement && Can(BackofficeAction.ContentCreate, t.Alias)).ToList();
        }

        Children = await listing.ChildrenAsync(Open, PageNumber);
        CanSort = Children.Total > 1 && (await listing.ChildTypesAsync(Open)).All(t => Can(BackofficeAction.ContentSort, t));
        return Page();
    }
}
