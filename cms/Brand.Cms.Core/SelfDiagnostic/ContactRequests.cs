using Brand.Cms.Core.Content;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>One page of contact requests, newest first, and how many match in all.</summary>
public sealed record ContactRequestPage(IReadOnlyList<ContactRequest> Items, int Total);

/// <summary>
/// "Be put in touch": stores a business's request to one actor, mails it to that actor, lets the network
/// managers follow it up, and erases the contact details once <see cref="SelfDiagnosticOptions.ContactRetention"/> has passed.
/// </summary>
public sealed class ContactRequests(
    IDbContextFactory<BrandDbContext> contexts,
    PublishedContentCache cache,
    ContactRequestMail mails,
    MailSender mail,
    IOptions<SelfDiagnosticOptions> options,
    TimeProvider clock,
    ILogger<ContactRequests> logger)
{
    public const string ActorType = "labelledActor";

    /// <summary>
    /// Sends a request to an actor suggested by the result: one with an e-mail address that serves the
    /// business's department (anyone else is refused, so the form cannot be used to write to any actor).
    /// </summary>
    public async Task<OperationResult<ContactRequest>> SendAsync(
        Questionnaire questionnaire, DiagnosticResult result, PublishedContent actor, ContactDetails details, CancellationToken ct = default)
    {
        if (details.Problems() is { Count: > 0 } problems)
        {
            return OperationResult<ContactRequest>.Invalid(problems);
        }

        if (!CanBeAsked(actor, result))
        {
            return OperationResult<ContactRequest>.NotAllowed("This actor does not take requests from this department.");
        }

        var clean = details.Normalized();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // A double click, or the same request sent again, must not mail the actor twice.
        if (await db.ContactRequests.AnyAsync(c => c.ResultId == result.Id && c.ActorKey == actor.Key, ct))
        {
            return OperationResult<ContactRequest>.Conflict("A request was already sent to this actor from this result.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new ContactRequest
        {
            ResultId = result.Id,
            ActorKey = actor.Key,
            ActorName = actor.Name,
            Culture = questionnaire.Culture,
            BusinessName = clean.BusinessName,
            ContactName = clean.ContactName,
            Email = clean.Email,
            Phone = clean.Phone,
            Message = clean.Message,
            ConsentedAt = now,
            CreatedAt = now,
            Status = ContactRequestStatus.New,
        };
        db.ContactRequests.Add(request);
        await db.SaveChangesAsync(ct);

        // Stored first: if the mail server is down, the request is not lost; the retention worker sends it later.
        await MailAsync(request, result, actor, questionnaire.Page, ct);
        return OperationResult<ContactRequest>.Ok(request);
    }

    /// <summary>
    /// Sends again the mails that did not leave (the SMTP server was down), for requests whose details are
    /// still kept. Returns how many left now. Run by <see cref="ContactRetentionWorker"/>.
    /// </summary>
    public async Task<int> SendUnmailedAsync(CancellationToken ct = default)
    {
        List<(ContactRequest Request, DiagnosticResult Result)> pending;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            // Not the requests of the last minutes: their first attempt may still be under way.
            var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(5);
            pending = (await db.ContactRequests.Where(c => c.MailedAt == null && c.ErasedAt == null && c.CreatedAt < before)
                .Join(db.DiagnosticResults.Include(r => r.Scores), c => c.ResultId, r => r.Id, (c, r) => new { c, r })
                .OrderBy(x => x.c.Id).Take(100).ToListAsync(ct))
                .Select(x => (x.c, x.r)).ToList();
        }

        var sent = 0;
        var snapshot = cache.Current;
        foreach (var (request, result) in pending)
        {
            if (snapshot.GetByKey(request.ActorKey, "fr") is { } actor && snapshot.GetByKey(result.QuestionnaireKey, "fr") is { } page
                && await MailAsync(request, result, actor, page, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Mails the actor (always from the French questionnaire: the network's language) and records that it left.</summary>
    private async Task<bool> MailAsync(ContactRequest request, DiagnosticResult result, PublishedContent actor, PublishedContent page, CancellationToken ct)
    {
        try
        {
            var french = Questionnaire.Read(page.InCulture("fr") ?? page);
            await mail.SendAsync(mails.ToActor(french, result, actor, request, options.Value.ContactRetention), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Contact request {Id} is stored, but its mail to the actor {Actor} failed; it will be tried again", request.Id, actor.Key);
            return false;
        }

        request.MailedAt = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ContactRequests.Where(c => c.Id == request.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.MailedAt, request.MailedAt), ct);
        return true;
    }

    /// <summary>Whether the result page may offer this actor: a labelled actor with an e-mail address serving the department.</summary>
    public static bool CanBeAsked(PublishedContent actor, DiagnosticResult result) =>
        actor.ContentType == ActorType
        && !string.IsNullOrWhiteSpace(actor.Value<string>("email"))
        && (actor.Value<string[]>("departmentsServed") ?? []).Contains(result.Department, StringComparer.OrdinalIgnoreCase);

    /// <summary>The requests made from one result, oldest first (so its page can say who was already asked).</summary>
    public async Task<IReadOnlyList<ContactRequest>> ForResultAsync(long resultId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ContactRequests.Where(c => c.ResultId == resultId).OrderBy(c => c.Id).ToListAsync(ct);
    }

    /// <summary>One page of requests, newest first, optionally of one status.</summary>
    public async Task<ContactRequestPage> ListAsync(ContactRequestStatus? status, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.ContactRequests.AsQueryable();
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ContactRequestPage(items, total);
    }

    /// <summary>How many requests are in each status.</summary>
    public async Task<IReadOnlyDictionary<ContactRequestStatus, int>> CountByStatusAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await db.ContactRequests.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<ContactRequestStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<ContactRequest?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ContactRequests.FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    /// <summary>
    /// Records the follow-up. <paramref name="expectedVersion"/> is the version the manager saw: if someone
    /// changed the request since, nothing is written and the answer is a conflict naming who did it and when.
    /// </summary>
    public async Task<OperationResult<ContactRequest>> FollowUpAsync(
        long id, ContactRequestStatus status, string? note, int expectedVersion, string by, CancellationToken ct = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > ContactRequestLimits.FollowUpNote })
        {
            return OperationResult<ContactRequest>.Invalid(
                [new PropertyError("followUpNote", null, "maxLength", $"must be at most {ContactRequestLimits.FollowUpNote} characters")]);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var request = await db.ContactRequests.AsTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (request is null)
        {
            return OperationResult<ContactRequest>.NotFound($"No contact request {id}.");
        }

        if (request.Version != expectedVersion)
        {
            return OperationResult<ContactRequest>.Conflict(
                $"{request.UpdatedBy ?? "someone"} changed this request at {request.UpdatedAt:u}; reload it before saving.");
        }

        request.Status = status;
        request.FollowUpNote = request.ErasedAt is null ? note : null;
        request.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        request.UpdatedBy = by;
        request.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<ContactRequest>.Conflict("Someone changed this request at the same moment; reload it before saving.");
        }

        return OperationResult<ContactRequest>.Ok(request);
    }

    /// <summary>
    /// Erases the contact details (and the free texts, which may hold some) of every request older than the
    /// retention period; the request's actor, dates and status remain for the statistics. Returns how many.
    /// </summary>
    public async Task<int> EraseExpiredAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.ContactRetention;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var erased = await db.ContactRequests
            .Where(c => c.ErasedAt == null && c.CreatedAt < cutoff)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.BusinessName, (string?)null)
                .SetProperty(c => c.ContactName, (string?)null)
                .SetProperty(c => c.Email, (string?)null)
                .SetProperty(c => c.Phone, (string?)null)
                .SetProperty(c => c.Message, (string?)null)
                .SetProperty(c => c.FollowUpNote, (string?)null)
                .SetProperty(c => c.ErasedAt, now)
                .SetProperty(c => c.Version, c => c.Version + 1), ct);
        if (erased > 0)
        {
            logger.LogInformation("Erased the contact details of {Count} contact request(s) older than {Retention}", erased, options.Value.ContactRetention);
        }

        return erased;
    }
}
