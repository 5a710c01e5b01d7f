using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Audit;

/// <summary>
/// The audit log, newest first, 50 entries a page. Pages are keyset-paged on the id (the primary key, which
/// grows with time): "older" asks for ids below the last one shown, so a page costs the same at entry 100,000
/// as at entry 1 and entries written meanwhile never shift a page.
/// </summary>
public sealed class IndexModel(IDbContextFactory<BackofficeDbContext> dbFactory) : BackofficePage
{
    public const int PageSize = 50;

    public AuditFilter Filter { get; private set; } = AuditFilter.Parse(new Microsoft.AspNetCore.Http.QueryCollection());

    /// <summary>Show entries with a smaller id than this (the cursor of the "older" link).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The cursor of the next (older) page, null on the last page.</summary>
    public long? OlderCursor { get; private set; }

    public IReadOnlyList<string> Actions { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.AuditRead, "audit") is { } refused)
        {
            return refused;
        }

        Filter = AuditFilter.Parse(Request.Query);
        var ct = HttpContext.RequestAborted;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Filter.Apply(db.Audit.AsNoTracking());
        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        var page = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        Entries = page.Take(PageSize).ToList();
        OlderCursor = page.Count > PageSize ? Entries[^1].Id : null;
        Actions = await db.Audit.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct))
            .Select(u => (u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : $"{u.DisplayName} <{u.Email}>")).ToList();
        return Page();
    }
}
