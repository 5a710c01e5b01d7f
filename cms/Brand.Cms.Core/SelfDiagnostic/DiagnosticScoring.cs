namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>A dimension's score out of 100.</summary>
public sealed record DimensionResult(Guid DimensionKey, int Score);

/// <summary>The scores of one completed questionnaire: per dimension, and overall (out of 100).</summary>
public sealed record DiagnosticScore(IReadOnlyList<DimensionResult> Dimensions, int Overall);

/// <summary>
/// How answers become scores. A dimension scores the weighted share of the points it could have had:
/// Σ(weight × points of the answer) / Σ(weight × best answer's points) × 100, rounded half away from zero.
/// The overall score is the plain average of the dimension scores, so each dimension counts the same
/// whatever its number of questions. A question left unanswered counts as zero points.
/// </summary>
public static class DiagnosticScoring
{
    public static DiagnosticScore Score(Questionnaire questionnaire, IReadOnlyDictionary<Guid, Guid> answers)
    {
        var dimensions = questionnaire.Dimensions.Select(d => new DimensionResult(d.Key, Score(d, answers))).ToList();
        var overall = dimensions.Count == 0 ? 0 : Round(dimensions.Average(d => (double)d.Score));
        return new DiagnosticScore(dimensions, overall);
    }

    public static int Score(DiagnosticDimension dimension, IReadOnlyDictionary<Guid, Guid> answers)
    {
        double earned = 0, possible = 0;
        foreach (var question in dimension.Questions)
        {
            possible += question.Weight * question.MaxPoints;
            if (answers.TryGetValue(question.Key, out var answerKey) && question.Answer(answerKey) is { } answer)
            {
                earned += question.Weight * answer.Points;
            }
        }

        return possible == 0 ? 0 : Round(100 * earned / possible);
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
