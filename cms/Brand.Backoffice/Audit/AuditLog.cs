using System.Security.Claims;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Audit;

/// <summary>Writes the audit log: one row per backoffice action, in its own short transaction.</summary>
public sealed class AuditLog(IDbContextFactory<BackofficeDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="action">A dotted verb, e.g. "content.publish", "user.create", "signin".</param>
    /// <param name="target">What it was done to, e.g. "content:123".</param>
    public async Task RecordAsync(HttpContext? http, string action, string target, string outcome,
        string? detail = null, string? before = null, string? after = null, string? actorOverride = null)
    {
        var user = http?.User;
        await using var db = dbFactory.CreateDbContext();
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Actor = actorOverride ?? ActorOf(user),
            Action = action,
            Target = target,
            Outcome = outcome,
            Detail = detail,
            Before = before,
            After = after,
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>How history and the audit log name a signed-in user ("Name &lt;email&gt;").</summary>
    public static string ActorOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(Security.BackofficeClaims.Actor) ?? user?.Identity?.Name ?? "anonymous";
}
