using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core.Scheduling;

/// <summary>
/// Publish and unpublish at a given time, per culture. Due actions run from a hosted service; one that
/// fell due while the server was down runs at the next start.
/// </summary>
public sealed class ContentScheduler(ContentStore store, PublishingService publishing, ILogger<ContentScheduler> logger)
{
    public Task<OperationResult<ScheduledAction>> ScheduleAsync(int nodeId, string culture, ScheduledActionKind action, DateTimeOffset dueAt,
        string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(nodeId) is not { Trashed: false })
            {
                return OperationResult<ScheduledAction>.NotFound($"Item {nodeId} does not exist.");
            }

            var scheduled = new ScheduledAction
            {
                NodeId = nodeId,
                Culture = culture,
                Action = action,
                DueAt = dueAt.UtcDateTime,
                CreatedBy = actor,
                CreatedAt = scope.Now,
            };
            scope.Db.Schedules.Add(scheduled);
            return OperationResult<ScheduledAction>.Ok(scheduled);
        }, ct);

    public Task<List<ScheduledAction>> ListAsync(int nodeId) =>
        store.ReadAsync(db => db.Schedules.Where(s => s.NodeId == nodeId).OrderBy(s => s.DueAt).ToListAsync());

    public Task<OperationResult<int>> CancelAsync(int scheduleId, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.Db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, ct) is not { } scheduled)
            {
                return OperationResult<int>.NotFound($"Schedule {scheduleId} does not exist.");
            }

            scope.Db.Schedules.Remove(scheduled);
            return OperationResult<int>.Ok(scheduleId);
        }, ct);

    /// <summary>
    /// Runs every action due at the clock's now; returns how many ran. <paramref name="stillHolding"/>, asked
    /// before each action, stops the pass when this node no longer holds the work (several nodes).
    /// </summary>
    public async Task<int> RunDueAsync(Func<CancellationToken, Task<bool>>? stillHolding = null, CancellationToken ct = default)
    {
        var now = store.Clock.GetUtcNow().UtcDateTime;
        var due = await store.ReadAsync(db => db.Schedules.Where(s => s.DueAt <= now && s.Error == null).OrderBy(s => s.DueAt).ToListAsync(ct));
        var ran = 0;
        foreach (var action in due)
        {
            if (stillHolding is not null && !await stillHolding(ct))
            {
                break; // another node holds the work now: it runs the rest
            }

            ran++;
            var actor = $"scheduler (for {action.CreatedBy})";
            var outcome = action.Action == ScheduledActionKind.Publish
                ? (await publishing.PublishAsync(action.NodeId, [action.Culture], actor, ct: ct)).As<object>()
                : (await publishing.UnpublishAsync(action.NodeId, [action.Culture], actor, ct)).As<object>();
            await store.WriteAsync(async scope =>
            {
                if (await scope.Db.Schedules.FirstOrDefaultAsync(s => s.Id == action.Id, ct) is { } row)
                {
                    if (outcome.Succeeded || outcome.Status == OperationStatus.NotFound)
                    {
                        scope.Db.Schedules.Remove(row);
                    }
                    else
                    {
                        // Kept with its reason, so an editor sees why the scheduled publish did not happen.
                        row.Error = outcome.Message;
                        logger.LogWarning("Scheduled {Action} of item {Node} [{Culture}] failed: {Reason}", action.Action, action.NodeId, action.Culture, outcome.Message);
                    }
                }

                return OperationResult<int>.Ok(action.Id);
            }, ct);
        }

        return ran;
    }
}
