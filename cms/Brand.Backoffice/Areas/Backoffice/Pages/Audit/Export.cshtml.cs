using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Audit;

/// <summary>The audit log as CSV with the filters of the page it was asked from, newest first, streamed. The export itself is audited.</summary>
public sealed class ExportModel(IDbContextFactory<BackofficeDbContext> dbFactory, TimeProvider clock) : BackofficePage
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.AuditRead, "audit") is { } refused)
        {
            return refused;
        }

        var filter = AuditFilter.Parse(Request.Query);
        await Audit.RecordAsync(HttpContext, "audit.export", "audit", AuditOutcome.Succeeded, filter.IsEmpty ? "all entries" : filter.ToQueryString());
        var ct = HttpContext.RequestAborted;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = filter.Apply(db.Audit.AsNoTracking()).OrderByDescending(a => a.Id).AsAsyncEnumerable();

        Response.ContentType = AuditCsv.ContentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"journal-audit-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv",
        }.ToString();
        await AuditCsv.WriteAsync(entries, Response.Body, ct);
        return new EmptyResult();
    }
}
