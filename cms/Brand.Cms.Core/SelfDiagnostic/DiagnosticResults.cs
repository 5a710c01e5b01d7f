using System.Text.Json;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>A stored result and the private link's token, which exists only in this answer and in the link.</summary>
public sealed record SavedResult(DiagnosticResult Result, string Token);

/// <summary>Stores completed questionnaires and finds them again from their private link's token.</summary>
public sealed class DiagnosticResults(IDbContextFactory<BrandDbContext> contexts, BusinessProfiles profiles, TimeProvider clock)
{
    /// <summary>Scores and stores a complete submission; an incomplete or unknown answer is refused with every problem named.</summary>
    public async Task<OperationResult<SavedResult>> SaveAsync(Questionnaire questionnaire, DiagnosticSubmission submission, CancellationToken ct = default)
    {
        if (submission.Problems(questionnaire, profiles) is { Count: > 0 } problems)
        {
            return OperationResult<SavedResult>.Invalid(problems);
        }

        var score = DiagnosticScoring.Score(questionnaire, submission.Answers);
        var department = profiles.Department(submission.Department)!;
        var token = NewToken();
        var result = new DiagnosticResult
        {
            TokenHash = Hash(token),
            QuestionnaireKey = questionnaire.Page.Key,
            Culture = questionnaire.Culture,
            Sector = submission.Sector!,
            SizeBand = submission.SizeBand!,
            Department = department.Code,
            Region = department.RegionCode,
            Overall = score.Overall,
            Answers = JsonSerializer.Serialize(submission.Answers
                .Where(a => questionnaire.Questions.Any(q => q.Key == a.Key))
                .ToDictionary(a => a.Key.ToString("N"), a => a.Value.ToString("N"))),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Scores = score.Dimensions.Select(d => new DimensionScore
            {
                DimensionKey = d.DimensionKey,
                Score = d.Score,
                Region = department.RegionCode,
                Sector = submission.Sector!,
                SizeBand = submission.SizeBand!,
            }).ToList(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.DiagnosticResults.Add(result);
        await db.SaveChangesAsync(ct);
        return OperationResult<SavedResult>.Ok(new SavedResult(result, token));
    }

    /// <summary>The result behind a private link, with its scores; null for an unknown or malformed token.</summary>
    public async Task<DiagnosticResult?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }

        var hash = Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.DiagnosticResults.Include(r => r.Scores).FirstOrDefaultAsync(r => r.TokenHash == hash, ct);
    }

    public static bool IsWellFormed(string? token) => SecretToken.IsWellFormed(token);

    public const int TokenLength = SecretToken.Length;

    private static string NewToken() => SecretToken.New();

    private static string Hash(string token) => SecretToken.Hash(token);
}
