using Brand.Cms.Core.Content;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Network;

/// <summary>
/// The moderation of the actors' own edits. An actor proposes; the entry is untouched until a network
/// manager approves, which saves the proposal onto the current draft and publishes it. A newer proposal
/// from the same actor supersedes a pending one, so the queue holds one per actor.
/// </summary>
public sealed class ProfileEdits(
    IDbContextFactory<BrandDbContext> contexts,
    ContentQueries queries,
    ContentEditor editor,
    PublishingService publishing,
    ApplicationRules rules,
    NetworkLinks links,
    MailSender mail,
    TimeProvider clock)
{
    public async Task<OperationResult<ProfileEdit>> ProposeAsync(Guid actorKey, string signedInEmail, ProfileValues values, string culture, CancellationToken ct = default)
    {
        if (rules.Problems(values) is { Count: > 0 } problems)
        {
            return OperationResult<ProfileEdit>.Invalid(problems);
        }

        if (await queries.GetByKeyAsync(actorKey) is not { Trashed: false } item || item.ContentType != LabelGranting.ActorType)
        {
            return OperationResult<ProfileEdit>.NotFound("This directory entry no longer exists.");
        }

        var clean = values with { Departments = values.Departments.Select(d => rules.DepartmentCode(d)!).Distinct().ToList() };
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ProfileEdits.Where(e => e.ActorKey == actorKey && e.Status == ProfileEditStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ProfileEditStatus.Superseded).SetProperty(e => e.Version, e => e.Version + 1), ct);
        var edit = new ProfileEdit
        {
            ActorKey = actorKey,
            ActorName = item.Draft.Names.GetValueOrDefault(culture) ?? item.Draft.Names.Values.FirstOrDefault() ?? "",
            SubmittedBy = signedInEmail,
            SubmittedAt = now,
            Culture = culture,
            ValuesJson = clean.ToJson(),
            BaseVersion = item.Version,
            Status = ProfileEditStatus.Pending,
        };
        db.ProfileEdits.Add(edit);
        await db.SaveChangesAsync(ct);
        return OperationResult<ProfileEdit>.Ok(edit);
    }

    public async Task<IReadOnlyList<ProfileEdit>> PendingAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProfileEdits.Where(e => e.Status == ProfileEditStatus.Pending).OrderBy(e => e.Id).ToListAsync(ct);
    }

    public async Task<int> PendingCountAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProfileEdits.CountAsync(e => e.Status == ProfileEditStatus.Pending, ct);
    }

    /// <summary>The actor's latest proposal (what its space says is waiting, or what happened to it).</summary>
    public async Task<ProfileEdit?> LatestAsync(Guid actorKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProfileEdits.Where(e => e.ActorKey == actorKey).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<ProfileEdit?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProfileEdits.FirstOrDefaultAsync(e => e.Id == id, ct);
    }

    /// <summary>Saves the proposal onto the entry's current draft and publishes it; the actor is told.</summary>
    public async Task<OperationResult<ProfileEdit>> ApproveAsync(long id, int expectedVersion, string by, CancellationToken ct = default)
    {
        var claimed = await DecideAsync(id, expectedVersion, by, ProfileEditStatus.Approved, null, ct);
        if (!claimed.Succeeded)
        {
            return claimed;
        }

        var edit = claimed.Value!;
        if (await queries.GetByKeyAsync(edit.ActorKey) is not { Trashed: false } item)
        {
            await UndoAsync(edit, ct);
            return OperationResult<ProfileEdit>.NotFound("The directory entry no longer exists.");
        }

        if (LabelGranting.HasUnpublishedChanges(item))
        {
            // Publishing the edit would publish someone's unfinished change to the entry with it.
            await UndoAsync(edit, ct);
            return OperationResult<ProfileEdit>.NotAllowed($"The entry has unpublished changes saved by {item.UpdatedBy}; publish or roll them back first.");
        }

        var values = ProfileValues.FromJson(edit.ValuesJson);
        var data = item.Draft.Clone();
        values.ApplyTo(data, edit.Culture, rules.RegionsOf(values.Departments));
        var saved = await editor.SaveAsync(item.Id, item.Version, data, by, "profile edit approved", ct);
        if (!saved.Succeeded)
        {
            await UndoAsync(edit, ct);
            return saved.As<ProfileEdit>();
        }

        // The draft may hold a manager's unpublished change too; publishing it with the edit is what "approve" means here.
        var published = await publishing.PublishAsync(item.Id, null, by, expectedVersion: saved.Value!.Version, ct: ct);
        if (!published.Succeeded)
        {
            await UndoAsync(edit, ct);
            return published.As<ProfileEdit>();
        }

        await NotifyAsync(edit, ct);
        return claimed;
    }

    public async Task<OperationResult<ProfileEdit>> RejectAsync(long id, int expectedVersion, string? message, string by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(message) || message.Trim().Length > ApplicationLimits.Message)
        {
            return OperationResult<ProfileEdit>.Invalid([new PropertyError("message", null, string.IsNullOrWhiteSpace(message) ? "required" : "maxLength",
                string.IsNullOrWhiteSpace(message) ? "tell the actor why" : $"must be at most {ApplicationLimits.Message} characters")]);
        }

        var result = await DecideAsync(id, expectedVersion, by, ProfileEditStatus.Rejected, message.Trim(), ct);
        if (result.Succeeded)
        {
            await NotifyAsync(result.Value!, ct);
        }

        return result;
    }

    private async Task<OperationResult<ProfileEdit>> DecideAsync(long id, int expectedVersion, string by, ProfileEditStatus status, string? message, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var edit = await db.ProfileEdits.AsTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (edit is null)
        {
            return OperationResult<ProfileEdit>.NotFound($"No profile edit {id}.");
        }

        if (edit.Version != expectedVersion || edit.Status != ProfileEditStatus.Pending)
        {
            return OperationResult<ProfileEdit>.Conflict(edit.Status == ProfileEditStatus.Superseded
                ? "The actor sent a newer version of this edit; open that one instead."
                : $"{edit.DecidedBy ?? "Someone"} already decided on this edit ({edit.Status}); nothing was done.");
        }

        edit.Status = status;
        edit.Message = message;
        edit.DecidedAt = clock.GetUtcNow().UtcDateTime;
        edit.DecidedBy = by;
        edit.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<ProfileEdit>.Conflict("Someone decided on this edit at the same moment; nothing was done.");
        }

        return OperationResult<ProfileEdit>.Ok(edit);
    }

    /// <summary>An approval whose save failed goes back to the queue, as it was.</summary>
    private async Task UndoAsync(ProfileEdit edit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ProfileEdits.Where(e => e.Id == edit.Id).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.Status, ProfileEditStatus.Pending)
            .SetProperty(e => e.DecidedAt, (DateTime?)null)
            .SetProperty(e => e.DecidedBy, (string?)null)
            .SetProperty(e => e.Version, e => e.Version + 1), ct);
    }

    private Task<bool> NotifyAsync(ProfileEdit edit, CancellationToken ct) =>
        mail.TrySendAsync(NetworkMail.ProfileEditDecided(edit, edit.SubmittedBy, edit.Culture,
            links.Profile(edit.ActorKey, edit.Culture)?.Url is { } path ? links.Absolute(path, null) : null), $"profile edit {edit.Id}", ct);
}
