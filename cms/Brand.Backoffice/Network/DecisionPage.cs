using Brand.Backoffice.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Network;

/// <summary>A network page that takes decisions on one record (an application, a profile edit): a refused decision is audited and the page shown again with its answer's status.</summary>
public abstract class DecisionPage : BackofficePage
{
    /// <summary>How the audit log names the record, e.g. "networkapplication:12".</summary>
    protected abstract string Target { get; }

    /// <summary>The page again, with what was typed and why it failed, after journalling the failure.</summary>
    protected async Task<IActionResult> FailedAsync(string action, int statusCode, string? reason)
    {
        await Audit.RecordAsync(HttpContext, action, Target, AuditOutcome.Failed, reason);
        Response.StatusCode = statusCode;
        return Page();
    }
}
