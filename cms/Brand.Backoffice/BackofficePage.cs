using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice;

/// <summary>
/// The base of every backoffice page: who is acting, the permission check that every handler runs before
/// acting (refusals answer 403, are logged and audited), and the flash message shown after a redirect.
/// </summary>
public abstract class BackofficePage : PageModel
{
    protected Permissions Permissions => HttpContext.RequestServices.GetRequiredService<Permissions>();
    protected AuditLog Audit => HttpContext.RequestServices.GetRequiredService<AuditLog>();

    /// <summary>How history and the audit log name the signed-in user.</summary>
    public string Actor => AuditLog.ActorOf(User);

    /// <summary>A message for the next page, shown once (DSFR alert).</summary>
    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public string? FlashError { get; set; }

    public bool Can(BackofficeAction action, string? contentType = null) => Permissions.Can(User, action, contentType);

    /// <summary>
    /// Null when the user may do <paramref name="action"/>; otherwise the 403 answer, after logging and
    /// auditing the refusal. Usage: <c>if (await RefuseUnlessAsync(...) is { } refused) return refused;</c>
    /// </summary>
    protected async Task<IActionResult?> RefuseUnlessAsync(BackofficeAction action, string target, string? contentType = null)
    {
        if (Can(action, contentType))
        {
            return null;
        }

        return await RefuseAsync(action.ToString(), target, $"{action} is not allowed to your role{(contentType is null ? "" : $" on a '{contentType}'")}.");
    }

    /// <summary>Refuses with 403 for a reason other than the role table (a Translator changing French, say).</summary>
    protected async Task<IActionResult> RefuseAsync(string action, string target, string reason)
    {
        var logger = HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Brand.Backoffice.Permissions");
        logger.LogWarning("Refused {Action} on {Target} to {Actor}: {Reason}", action, target, Actor, reason);
        await Audit.RecordAsync(HttpContext, "permission." + action, target, AuditOutcome.Refused, reason);
        return new ViewResult
        {
            ViewName = "/Areas/Backoffice/Pages/Shared/Forbidden.cshtml",
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new ViewDataDictionary<string>(ViewData, reason),
        };
    }
}
