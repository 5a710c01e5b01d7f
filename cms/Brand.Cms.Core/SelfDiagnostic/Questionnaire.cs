using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>One possible answer and the points it is worth (0 to 100).</summary>
public sealed record DiagnosticAnswer(Guid Key, string Label, int Points);

/// <summary>A question, how much it counts in its dimension (1 to 5), and its answers in the order offered.</summary>
public sealed record DiagnosticQuestion(Guid Key, string Text, string? Help, int Weight, IReadOnlyList<DiagnosticAnswer> Answers)
{
    /// <summary>The best answer's points: what a full mark is for this question.</summary>
    public int MaxPoints => Answers.Count == 0 ? 0 : Answers.Max(a => a.Points);

    public DiagnosticAnswer? Answer(Guid key) => Answers.FirstOrDefault(a => a.Key == key);
}

/// <summary>A dimension of digital maturity, its questions, and the topics that link it to actors, resources, aid and events.</summary>
public sealed record DiagnosticDimension(
    Guid Key, string Title, string Summary, string? AdviceHtml, IReadOnlyList<string> Topics, IReadOnlyList<DiagnosticQuestion> Questions);

/// <summary>A maturity level, reached from <paramref name="MinScore"/> (overall score out of 100).</summary>
public sealed record MaturityLevel(string Title, int MinScore, string Description);

/// <summary>
/// The questionnaire as the mission team wrote it, in one culture: the self-diagnostic page, its dimensions
/// (children) and their questions (grandchildren), from the published cache. Nothing is hard-coded but the
/// shape, so editing the content changes the questionnaire.
/// </summary>
public sealed record Questionnaire(PublishedContent Page, IReadOnlyList<DiagnosticDimension> Dimensions, IReadOnlyList<MaturityLevel> Levels, int WeakThreshold)
{
    public const string PageType = "selfDiagnosticPage";
    public const string DimensionType = "diagnosticDimension";
    public const string QuestionType = "diagnosticQuestion";
    public const int DefaultWeakThreshold = 60;

    public string Culture => Page.Culture;

    public const string IndicatorsPageType = "diagnosticIndicatorsPage";

    public IEnumerable<DiagnosticQuestion> Questions => Dimensions.SelectMany(d => d.Questions);

    /// <summary>The open indicators' page published under the questionnaire, which the form and the result link to.</summary>
    public PublishedContent? IndicatorsPage => Page.Children.FirstOrDefault(c => c.ContentType == IndicatorsPageType && c.Url is not null);

    public DiagnosticDimension? Dimension(Guid key) => Dimensions.FirstOrDefault(d => d.Key == key);

    /// <summary>The highest level whose minimum the score reaches (the lowest level when none does).</summary>
    public MaturityLevel? LevelFor(int overall) =>
        Levels.Where(l => l.MinScore <= overall).MaxBy(l => l.MinScore) ?? Levels.MinBy(l => l.MinScore);

    /// <summary>Reads the questionnaire below a published self-diagnostic page; dimensions without questions are left out.</summary>
    public static Questionnaire Read(PublishedContent page)
    {
        var dimensions = page.Children.Where(c => c.ContentType == DimensionType)
            .Select(d => new DiagnosticDimension(
                d.Key,
                d.Name,
                d.Value<string>("summary") ?? "",
                d.Value<string>("advice"),
                d.Value<string[]>("topics") ?? [],
                d.Children.Where(q => q.ContentType == QuestionType).Select(ReadQuestion).Where(q => q.Answers.Count > 0).ToList()))
            .Where(d => d.Questions.Count > 0)
            .ToList();
        var levels = (page.Value<IReadOnlyList<PublishedElement>>("levels") ?? [])
            .Select(l => new MaturityLevel(l.Value<string>("title") ?? "", (int)(l.Value<long?>("minScore") ?? 0), l.Value<string>("description") ?? ""))
            .OrderBy(l => l.MinScore)
            .ToList();
        var threshold = page.Value<long?>("weakThreshold") is { } t and >= 1 and <= 100 ? (int)t : DefaultWeakThreshold;
        return new Questionnaire(page, dimensions, levels, threshold);
    }

    private static DiagnosticQuestion ReadQuestion(PublishedContent question) => new(
        question.Key,
        question.Value<string>("question") ?? question.Name,
        question.Value<string>("help"),
        question.Value<long?>("weight") is { } w and >= 1 and <= 5 ? (int)w : 1,
        (question.Value<IReadOnlyList<PublishedElement>>("answers") ?? [])
            .Where(a => a.Key != Guid.Empty)
            .Select(a => new DiagnosticAnswer(a.Key, a.Value<string>("label") ?? "", (int)Math.Clamp(a.Value<long?>("points") ?? 0, 0, 100)))
            .ToList());
}
