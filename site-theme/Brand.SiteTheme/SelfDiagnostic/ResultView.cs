using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.ActorDirectory;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>The business as the result page describes it: its answers to the context questions, worded in the page's culture.</summary>
public sealed record ResultProfile(string Sector, string SizeBand, string Department, string? Region);

/// <summary>
/// Everything the result page shows: the result and its questionnaire (read in the viewing culture: the
/// dimension keys are the same in both), the plan, the actors the business may write to, the requests it
/// already sent, and the pages it links to.
/// </summary>
public sealed record ResultView(
    Questionnaire Questionnaire,
    DiagnosticResult Result,
    string Path,
    ActionPlan Plan,
    ResultProfile Profile,
    IReadOnlyList<PublishedContent> Askable,
    IReadOnlyList<ContactRequest> Sent,
    PublishedContent? Directory,
    PublishedContent? PrivacyPage,
    int RetentionDays)
{
    public PublishedContent Page => Questionnaire.Page;

    public string Culture => Questionnaire.Culture;

    public MaturityLevel? Level => Questionnaire.LevelFor(Result.Overall);

    /// <summary>When the questionnaire was answered; stored in UTC, whatever kind the database gives back.</summary>
    public DateTimeOffset AnsweredAt => ResultDates.Utc(Result.CreatedAt);

    /// <summary>The dimensions of the questionnaire the result has a score for, in questionnaire order.</summary>
    public IEnumerable<(DiagnosticDimension Dimension, int Score)> Scores =>
        Questionnaire.Dimensions
            .Select(d => (Dimension: d, Score: Result.Scores.FirstOrDefault(s => s.DimensionKey == d.Key)?.Score))
            .Where(d => d.Score is not null)
            .Select(d => (d.Dimension, d.Score!.Value));

    public bool CanAsk(PublishedContent actor) => Askable.Any(a => a.Key == actor.Key);

    /// <summary>The requests already sent to this actor from this result.</summary>
    public IEnumerable<ContactRequest> SentTo(PublishedContent actor) => Sent.Where(s => s.ActorKey == actor.Key);

    /// <summary>
    /// The directory, filtered on the business's region and the dimension's topics that are actor
    /// specialties (the directory drops the others): where to look when the plan found nobody.
    /// </summary>
    public string? DirectoryUrl(DiagnosticDimension dimension) =>
        Directory?.Url is { } path
            ? new DirectoryQuery { Regions = [Result.Region], Specialties = dimension.Topics }.Url(path)
            : null;

    /// <summary>The questionnaire's actors to write to: those of the plan the business may ask, once each, by name.</summary>
    public static IReadOnlyList<PublishedContent> AskableIn(ActionPlan plan, DiagnosticResult result, string culture) =>
        plan.Steps.SelectMany(s => s.Actors)
            .Where(a => ContactRequests.CanBeAsked(a, result))
            .DistinctBy(a => a.Key)
            .OrderBy(a => a.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(culture), true))
            .ToList();
}

/// <summary>One step of the plan as its partial shows it, with the page it belongs to.</summary>
public sealed record ResultStep(ResultView View, PlanStep Step);

/// <summary>A suggested actor as its card shows it, with the page it belongs to.</summary>
public sealed record ResultActor(ResultView View, PublishedContent Actor);
