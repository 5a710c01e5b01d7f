using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.ContactRequests;

/// <summary>A dimension's title and the result's score in it.</summary>
public sealed record DimensionLine(string Title, int Score);

/// <summary>What the business answered, as the network manager needs it to prepare the call: profile, scores, level.</summary>
public sealed record ResultSummary(
    DateTime CreatedAt, string Department, string Region, string Sector, string SizeBand, int Overall, string? Level, IReadOnlyList<DimensionLine> Dimensions);

/// <summary>
/// What the follow-up pages show around a request: the editor page of the actor asked, and the result the
/// request was made from. Neither is stored with the request (it keeps the actor's key and the result's id).
/// </summary>
public sealed class ContactRequestContext(
    PublishedContentCache cache, ContentQueries queries, IDbContextFactory<BrandDbContext> contexts, BusinessProfiles profiles)
{
    /// <summary>
    /// The content id of each actor still in the content tree, by key: the published cache first (no query),
    /// then the drafts for an actor unpublished since. An actor deleted for good has none: the page shows its name.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, int>> ActorIdsAsync(IEnumerable<Guid> keys)
    {
        var snapshot = cache.Current;
        var ids = new Dictionary<Guid, int>();
        foreach (var key in keys.Distinct())
        {
            if ((snapshot.GetByKey(key, "fr") ?? snapshot.GetByKey(key, "en")) is { } published)
            {
                ids[key] = published.Id;
            }
            else if (await queries.GetByKeyAsync(key) is { } draft)
            {
                ids[key] = draft.Id;
            }
        }

        return ids;
    }

    /// <summary>The result behind a request, worded in French; null when it no longer exists.</summary>
    public async Task<ResultSummary?> ResultAsync(long resultId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.DiagnosticResults.Include(r => r.Scores).FirstOrDefaultAsync(r => r.Id == resultId, ct) is not { } result)
        {
            return null;
        }

        // The questionnaire as published now names the dimensions and levels; one since removed shows as such.
        var questionnaire = cache.Current.GetByKey(result.QuestionnaireKey, "fr") is { } page ? Questionnaire.Read(page) : null;
        var department = profiles.Department(result.Department);
        return new ResultSummary(
            result.CreatedAt,
            department is null ? result.Department : $"{department.Name} ({department.Code})",
            profiles.RegionName(result.Region) ?? result.Region,
            profiles.SectorLabel(result.Sector, "fr"),
            profiles.SizeBandLabel(result.SizeBand, "fr"),
            result.Overall,
            questionnaire?.LevelFor(result.Overall)?.Title,
            result.Scores
                .OrderBy(s => questionnaire?.Dimensions.ToList().FindIndex(d => d.Key == s.DimensionKey) ?? 0)
                .Select(s => new DimensionLine(questionnaire?.Dimension(s.DimensionKey)?.Title ?? "Thème retiré du questionnaire", s.Score))
                .ToList());
    }
}
