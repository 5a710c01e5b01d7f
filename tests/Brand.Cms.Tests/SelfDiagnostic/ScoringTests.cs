using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>Scores checked against sums done by hand on the shipped questionnaire and on small made-up dimensions.</summary>
public sealed class ScoringTests(SeededQuestionnaire seeded) : IClassFixture<SeededQuestionnaire>
{
    private static readonly Guid Yes = Guid.NewGuid(), Partly = Guid.NewGuid(), No = Guid.NewGuid();

    private static DiagnosticQuestion Question(int weight) =>
        new(Guid.NewGuid(), "?", null, weight, [new(Yes, "oui", 100), new(Partly, "en partie", 50), new(No, "non", 0)]);

    [Fact]
    public void Questionnaire_Seeded_HasSixDimensionsAndTwentyQuestionsInBothLanguages()
    {
        Assert.Equal(6, seeded.French.Dimensions.Count);
        Assert.Equal(20, seeded.French.Questions.Count());
        Assert.Equal("Présence en ligne", seeded.French.Dimensions[0].Title);
        Assert.Equal("Online presence", seeded.English.Dimensions[0].Title);
        Assert.Equal(seeded.French.Questions.Select(q => q.Key), seeded.English.Questions.Select(q => q.Key));
        Assert.All(seeded.French.Questions, q => Assert.Contains(q.Answers, a => a.Points == 100));
    }

    [Fact]
    public void Score_WeightedAnswers_IsTheWeightedShareOfTheBestPoints()
    {
        // 3 × 50 + 1 × 100 + 1 × 0 = 250 earned of (3 + 1 + 1) × 100 = 500 possible: 50.
        var heavy = Question(3);
        var light = Question(1);
        var unanswered = Question(1);
        var dimension = new DiagnosticDimension(Guid.NewGuid(), "D", "", null, ["website"], [heavy, light, unanswered]);

        var score = DiagnosticScoring.Score(dimension, new Dictionary<Guid, Guid> { [heavy.Key] = Partly, [light.Key] = Yes });

        Assert.Equal(50, score);
    }

    [Fact]
    public void Score_HalfPoint_RoundsAwayFromZero()
    {
        // 1 × 100 + 7 × 0 of 8 × 100 = 12.5 → 13; a banker's rounding would say 12.
        var questions = Enumerable.Range(0, 8).Select(_ => Question(1)).ToList();
        var dimension = new DiagnosticDimension(Guid.NewGuid(), "D", "", null, [], questions);

        var answers = questions.ToDictionary(q => q.Key, _ => No);
        answers[questions[0].Key] = Yes;

        Assert.Equal(13, DiagnosticScoring.Score(dimension, answers));
    }

    [Fact]
    public void Score_SeededOnlinePresence_MatchesHandComputation()
    {
        var questionnaire = seeded.French;
        var presence = questionnaire.Dimensions[0];
        // Its four questions weigh 3, 1, 1, 1. Answers: the 50 of the first, 100, 0, 50:
        // 3 × 50 + 100 + 0 + 50 = 300 of 600 → 50.
        var points = new[] { 50, 100, 0, 50 };
        Assert.Equal([3, 1, 1, 1], presence.Questions.Select(q => q.Weight));
        var answers = presence.Questions.Select((q, i) => (q.Key, q.Answers.First(a => a.Points == points[i]).Key)).ToDictionary();

        Assert.Equal(50, DiagnosticScoring.Score(presence, answers));
    }

    [Fact]
    public void Score_Overall_IsThePlainAverageOfTheDimensions()
    {
        var questionnaire = seeded.French;
        // Full marks in the first three dimensions, nothing in the last three: (3 × 100 + 3 × 0) / 6 = 50,
        // whatever the number of questions in each.
        var firstThree = questionnaire.Dimensions.Take(3).SelectMany(d => d.Questions).Select(q => q.Key).ToHashSet();
        var answers = SeededQuestionnaire.AnswersWorth(questionnaire, q => firstThree.Contains(q.Key) ? 100 : 0);

        var score = DiagnosticScoring.Score(questionnaire, answers);

        Assert.Equal([100, 100, 100, 0, 0, 0], score.Dimensions.Select(d => d.Score));
        Assert.Equal(50, score.Overall);
        Assert.Equal("En chemin", questionnaire.LevelFor(score.Overall)!.Title);
    }

    [Theory]
    [InlineData(0, "Premiers pas")]
    [InlineData(29, "Premiers pas")]
    [InlineData(30, "En chemin")]
    [InlineData(80, "Entreprise connectée")]
    [InlineData(100, "Entreprise connectée")]
    public void LevelFor_Score_IsTheHighestLevelReached(int overall, string level) =>
        Assert.Equal(level, seeded.French.LevelFor(overall)!.Title);
}
