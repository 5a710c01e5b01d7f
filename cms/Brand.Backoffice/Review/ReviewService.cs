using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Review;

/// <summary>
/// The review workflow: a draft version is submitted, then approved (published exactly as submitted) or sent
/// back with a comment, or withdrawn by its author. Permissions and the audit log are the pages' job; this
/// class keeps the request's state consistent: only a pending request changes, once.
/// </summary>
public sealed class ReviewService(IDbContextFactory<BackofficeDbContext> dbFactory, ContentQueries queries, PublishingService publishing,
    ReviewMail mail, TimeProvider clock)
{
    public async Task<OperationResult<ReviewRequest>> SubmitAsync(ContentItem item, int version, IReadOnlyList<string> cultures,
        string? message, string userId, string actor)
    {
        if (item.Version != version)
        {
            return OperationResult<ReviewRequest>.Conflict(
                $"Le brouillon a été modifié par {item.UpdatedBy} (version {item.Version}) depuis que vous avez ouvert ce formulaire (version {version}). "
                + "Vérifiez ses changements, puis soumettez à nouveau.");
        }

        await using var db = dbFactory.CreateDbContext();
        if (await db.Reviews.AnyAsync(r => r.NodeId == item.Id && r.Status == ReviewStatus.Pending))
        {
            return OperationResult<ReviewRequest>.Conflict("Une demande de relecture est déjà en attente pour ce contenu : elle doit être traitée ou retirée avant une nouvelle soumission.");
        }

        var request = new ReviewRequest
        {
            NodeId = item.Id,
            Version = version,
            Cultures = string.Join(',', cultures),
            SubmittedById = userId,
            SubmittedBy = actor,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            Status = ReviewStatus.Pending,
        };
        db.Reviews.Add(request);
        await db.SaveChangesAsync();
        return OperationResult<ReviewRequest>.Ok(request);
    }

    /// <summary>
    /// Publishes the submitted cultures of the submitted version. If the draft changed since, nothing is
    /// published and the request stays pending: the Editor must not publish what they did not review.
    /// </summary>
    public async Task<OperationResult<ReviewRequest>> ApproveAsync(int id, string actor, string reviewUrl)
    {
        var pending = await PendingAsync(id);
        if (!pending.Succeeded)
        {
            return pending;
        }

        var request = pending.Value!;
        var published = await publishing.PublishAsync(request.NodeId, CulturesOf(request), actor, expectedVersion: request.Version);
        if (published.Status == OperationStatus.Conflict)
        {
            return OperationResult<ReviewRequest>.Conflict(
                $"Le brouillon a été modifié depuis la soumission (version {request.Version} soumise) : rien n'a été publié et la demande reste en attente. "
                + "Renvoyez-la à son auteur, ou demandez-lui de la retirer et de soumettre la nouvelle version.");
        }

        if (!published.Succeeded)
        {
            return published.Status switch
            {
                OperationStatus.ValidationFailed => OperationResult<ReviewRequest>.Invalid(published.Errors),
                OperationStatus.NotFound => OperationResult<ReviewRequest>.NotFound("Ce contenu n'existe plus."),
                _ => OperationResult<ReviewRequest>.NotAllowed("Ce contenu est dans la corbeille : restaurez-le avant de le publier."),
            };
        }

        return await DecideAsync(request, ReviewStatus.Approved, actor, comment: null, reviewUrl);
    }

    public async Task<OperationResult<ReviewRequest>> SendBackAsync(int id, string comment, string actor, string reviewUrl)
    {
        var pending = await PendingAsync(id);
        if (!pending.Succeeded)
        {
            return pending;
        }

        return string.IsNullOrWhiteSpace(comment)
            ? OperationResult<ReviewRequest>.Invalid([new PropertyError("comment", null, "required", "Expliquez à l'auteur ce qu'il doit changer.")])
            : await DecideAsync(pending.Value!, ReviewStatus.SentBack, actor, comment.Trim(), reviewUrl);
    }

    /// <summary>Only the author withdraws their own pending request.</summary>
    public async Task<OperationResult<ReviewRequest>> WithdrawAsync(int id, string userId, string actor)
    {
        var pending = await PendingAsync(id);
        if (!pending.Succeeded)
        {
            return pending;
        }

        return pending.Value!.SubmittedById != userId
            ? OperationResult<ReviewRequest>.NotAllowed("Seul l'auteur d'une demande peut la retirer.")
            : await DecideAsync(pending.Value, ReviewStatus.Withdrawn, actor, comment: null, reviewUrl: null);
    }

    public async Task<ReviewRequest?> GetAsync(int id)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
    }

    /// <summary>The Editors' queue, oldest first.</summary>
    public async Task<List<ReviewRequest>> QueueAsync()
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Reviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Pending).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToListAsync();
    }

    /// <summary>An author's requests, newest first.</summary>
    public async Task<List<ReviewRequest>> ByAuthorAsync(string userId, int take = 50)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Reviews.AsNoTracking().Where(r => r.SubmittedById == userId)
            .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync();
    }

    /// <summary>Decisions on an author's requests that their dashboard has not shown yet.</summary>
    public async Task<List<ReviewRequest>> UnseenOutcomesAsync(string userId)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Reviews.AsNoTracking()
            .Where(r => r.SubmittedById == userId && !r.SeenByAuthor && (r.Status == ReviewStatus.Approved || r.Status == ReviewStatus.SentBack))
            .OrderByDescending(r => r.DecidedAt).ToListAsync();
    }

    public async Task MarkSeenAsync(int id, string userId)
    {
        await using var db = dbFactory.CreateDbContext();
        await db.Reviews.Where(r => r.Id == id && r.SubmittedById == userId).ExecuteUpdateAsync(r => r.SetProperty(x => x.SeenByAuthor, true));
    }

    /// <summary>The items of <paramref name="requests"/>, for their names and types; a deleted item is absent.</summary>
    public async Task<Dictionary<int, ContentItem>> ItemsAsync(IEnumerable<ReviewRequest> requests)
    {
        var items = new Dictionary<int, ContentItem>();
        foreach (var id in requests.Select(r => r.NodeId).Distinct())
        {
            if (await queries.GetAsync(id) is { } item)
            {
                items[id] = item;
            }
        }

        return items;
    }

    public static IReadOnlyList<string> CulturesOf(ReviewRequest request) =>
        request.Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private async Task<OperationResult<ReviewRequest>> PendingAsync(int id) =>
        await GetAsync(id) switch
        {
            null => OperationResult<ReviewRequest>.NotFound("Cette demande de relecture n'existe pas."),
            { Status: not ReviewStatus.Pending } done => OperationResult<ReviewRequest>.Conflict($"Cette demande a déjà été traitée ({ReviewLabels.Status(done.Status)})."),
            var request => OperationResult<ReviewRequest>.Ok(request),
        };

    /// <summary>Closes a pending request; a concurrent decision on the same request wins only once.</summary>
    private async Task<OperationResult<ReviewRequest>> DecideAsync(ReviewRequest request, ReviewStatus status, string actor, string? comment, string? reviewUrl)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreateDbContext();
        var changed = await db.Reviews.Where(r => r.Id == request.Id && r.Status == ReviewStatus.Pending)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, status).SetProperty(x => x.DecidedBy, actor)
                .SetProperty(x => x.DecidedAt, now).SetProperty(x => x.Comment, comment).SetProperty(x => x.SeenByAuthor, false));
        if (changed == 0)
        {
            return OperationResult<ReviewRequest>.Conflict("Cette demande vient d'être traitée par quelqu'un d'autre.");
        }

        request.Status = status;
        request.DecidedBy = actor;
        request.DecidedAt = now;
        request.Comment = comment;
        if (reviewUrl is not null)
        {
            await mail.OutcomeAsync(request, reviewUrl);
        }

        return OperationResult<ReviewRequest>.Ok(request);
    }
}
