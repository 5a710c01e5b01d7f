using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Network;

/// <summary>One page of the review queue and how many match in all.</summary>
public sealed record ApplicationPage(IReadOnlyList<LabelApplication> Items, int Total);

/// <summary>
/// The network managers' side: the queue, and the decisions. Each decision names the version of the
/// application the manager saw; if it changed since (another manager, the applicant's answer), nothing is
/// done and the conflict says who changed it. Every step is written to the history and, when the applicant
/// must know, mailed with a fresh private link (the old one stops working: only the latest mail opens it).
/// </summary>
public sealed class ApplicationReview(
    IDbContextFactory<BrandDbContext> contexts,
    LabelApplications applications,
    LabelGranting granting,
    NetworkLinks links,
    TimeProvider clock)
{
    public async Task<ApplicationPage> ListAsync(ApplicationStatus? status, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.LabelApplications.AsQueryable();
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        // Oldest first: a queue is worked from the front.
        var items = await query.OrderBy(a => a.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ApplicationPage(items, total);
    }

    public async Task<IReadOnlyDictionary<ApplicationStatus, int>> CountByStatusAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await db.LabelApplications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<ApplicationStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>An application with its history and documents, for a manager.</summary>
    public async Task<LabelApplication?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.LabelApplications
            .Include(a => a.Events.OrderBy(e => e.Id))
            .Include(a => a.Documents.OrderBy(d => d.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    public Task<OperationResult<LabelApplication>> StartReviewAsync(long id, int expectedVersion, string by, CancellationToken ct = default) =>
        ChangeAsync(id, expectedVersion, by, ApplicationStatus.UnderReview, null, [ApplicationStatus.Submitted], ct);

    /// <summary>Asks the applicant for more; the message is mailed and shown on their page.</summary>
    public async Task<OperationResult<LabelApplication>> RequestInformationAsync(
        long id, int expectedVersion, string? message, string by, string? requestBase, CancellationToken ct = default)
    {
        var result = await ChangeAsync(id, expectedVersion, by, ApplicationStatus.InformationRequested, Required(message),
            [ApplicationStatus.Submitted, ApplicationStatus.UnderReview], ct);
        if (result.Succeeded)
        {
            var (application, token) = (result.Value!, await RotateTokenAsync(result.Value!.Id, ct));
            await applications.SendAsync(NetworkMail.InformationRequested(application, message!.Trim(), applications.FollowUrl(application, token, requestBase)), application, ct);
        }

        return result;
    }

    /// <summary>Refuses, with the reason mailed to the applicant.</summary>
    public async Task<OperationResult<LabelApplication>> RefuseAsync(
        long id, int expectedVersion, string? message, string by, string? requestBase, CancellationToken ct = default)
    {
        var result = await ChangeAsync(id, expectedVersion, by, ApplicationStatus.Refused, Required(message),
            [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested], ct);
        if (result.Succeeded)
        {
            var (application, token) = (result.Value!, await RotateTokenAsync(result.Value!.Id, ct));
            await applications.SendAsync(NetworkMail.Refused(application, message!.Trim(), applications.FollowUrl(application, token, requestBase)), application, ct);
        }

        return result;
    }

    /// <summary>
    /// Grants the label: the directory entry is created (or renewed) and published, then the application
    /// records the number and dates. The application is claimed first (its version bumped), so two managers
    /// granting at once make one entry, not two.
    /// </summary>
    public async Task<OperationResult<LabelApplication>> GrantAsync(long id, int expectedVersion, string by, string? requestBase, CancellationToken ct = default)
    {
        var claimed = await ClaimAsync(id, expectedVersion, by, ct);
        if (!claimed.Succeeded)
        {
            return claimed;
        }

        var granted = await granting.GrantAsync(claimed.Value!, by, ct);
        if (!granted.Succeeded)
        {
            return granted.As<LabelApplication>();
        }

        var label = granted.Value!;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var application = await db.LabelApplications.AsTracking().FirstAsync(a => a.Id == id, ct);
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                ApplicationId = id,
                At = now,
                By = by,
                From = application.Status,
                To = ApplicationStatus.Granted,
                Message = $"{label.LabelNumber} · {label.GrantedOn:yyyy-MM-dd} → {label.ExpiresOn:yyyy-MM-dd}",
                SharedWithApplicant = true,
            });
            application.Status = ApplicationStatus.Granted;
            application.ActorKey = label.ActorKey;
            application.LabelNumber = label.LabelNumber;
            application.LabelGrantedOn = label.GrantedOn;
            application.LabelExpiresOn = label.ExpiresOn;
            application.DecidedAt = now;
            application.UpdatedAt = now;
            application.UpdatedBy = by;
            application.Version++;
            await db.SaveChangesAsync(ct);
            claimed = OperationResult<LabelApplication>.Ok(application);
        }

        var done = claimed.Value!;
        await applications.SendAsync(NetworkMail.Granted(done,
            Absolute(links.Profile(label.ActorKey, done.Culture)?.Url, requestBase),
            Absolute(links.ActorSpace(done.Culture)?.Url, requestBase),
            Absolute(links.BrandKit(done.Culture)?.Url, requestBase)), done, ct);
        return claimed;
    }

    /// <summary>An internal note in the history, never shown to the applicant.</summary>
    public Task<OperationResult<LabelApplication>> AddNoteAsync(long id, int expectedVersion, string? note, string by, CancellationToken ct = default) =>
        ChangeAsync(id, expectedVersion, by, null, Required(note), Enum.GetValues<ApplicationStatus>(), ct, shared: false);

    /// <summary>Takes the application for a grant: its version moves on, so a second manager's grant is a conflict.</summary>
    private Task<OperationResult<LabelApplication>> ClaimAsync(long id, int expectedVersion, string by, CancellationToken ct) =>
        ChangeAsync(id, expectedVersion, by, null, null,
            [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested], ct, recordEvent: false);

    /// <param name="to">The new status; null keeps it (a note, a claim).</param>
    private async Task<OperationResult<LabelApplication>> ChangeAsync(
        long id, int expectedVersion, string by, ApplicationStatus? to, OperationResult<string>? message,
        IReadOnlyCollection<ApplicationStatus> allowedFrom, CancellationToken ct, bool recordEvent = true, bool shared = true)
    {
        if (message is { Succeeded: false })
        {
            return message.As<LabelApplication>();
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var application = await db.LabelApplications.AsTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return OperationResult<LabelApplication>.NotFound($"No application {id}.");
        }

        if (application.Version != expectedVersion)
        {
            return OperationResult<LabelApplication>.Conflict(
                $"{Who(application.UpdatedBy)} changed this application at {application.UpdatedAt:yyyy-MM-dd HH:mm:ss} UTC; nothing was done. Reload it to see what changed.");
        }

        if (!allowedFrom.Contains(application.Status))
        {
            return OperationResult<LabelApplication>.NotAllowed($"An application that is {application.Status} cannot be {(object?)to ?? "changed"} any more.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (recordEvent)
        {
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                ApplicationId = id,
                At = now,
                By = by,
                From = application.Status,
                To = to ?? application.Status,
                Message = message?.Value,
                SharedWithApplicant = shared,
            });
        }

        application.Status = to ?? application.Status;
        application.DecidedAt = to is ApplicationStatus.Refused ? now : application.DecidedAt;
        application.UpdatedAt = now;
        application.UpdatedBy = by;
        application.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<LabelApplication>.Conflict("Someone changed this application at the same moment; nothing was done. Reload it.");
        }

        return OperationResult<LabelApplication>.Ok(application);
    }

    /// <summary>A new private link for the applicant; the one in earlier mails stops working.</summary>
    private async Task<string> RotateTokenAsync(long id, CancellationToken ct)
    {
        var token = SecretToken.New();
        var hash = SecretToken.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.LabelApplications.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.TokenHash, hash), ct);
        return token;
    }

    private string? Absolute(string? path, string? requestBase) => path is null ? null : links.Absolute(path, requestBase);

    private static OperationResult<string> Required(string? message) =>
        string.IsNullOrWhiteSpace(message)
            ? OperationResult<string>.Invalid([new PropertyError("message", null, "required", "a message to the applicant is required")])
            : message.Trim().Length > ApplicationLimits.Message
                ? OperationResult<string>.Invalid([new PropertyError("message", null, "maxLength", $"must be at most {ApplicationLimits.Message} characters")])
                : OperationResult<string>.Ok(message.Trim());

    private static string Who(string by) => by == ApplicationEvent.ApplicantActor ? "The applicant" : by;
}
