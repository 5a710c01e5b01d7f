using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>What the plan suggests for one dimension to work on.</summary>
public sealed record PlanStep(
    DiagnosticDimension Dimension,
    int Score,
    IReadOnlyList<PublishedContent> Resources,
    IReadOnlyList<PublishedContent> Actors,
    IReadOnlyList<PublishedContent> AidSchemes,
    IReadOnlyList<PublishedContent> Events);

/// <summary>
/// The personalised plan: one step per weak dimension (below the questionnaire's threshold), weakest first.
/// When no dimension is weak, the lowest one still gets a step, marked <see cref="AllAboveThreshold"/>, so a
/// good result also says where to go next.
/// </summary>
public sealed record ActionPlan(IReadOnlyList<PlanStep> Steps, bool AllAboveThreshold);

/// <summary>
/// Matches a result to the programme: for each dimension to work on, the resources on its topics, the
/// labelled actors serving the business's department with a matching specialty and a valid label (asked
/// of the directory's search index), the aid schemes of its region or national ones it may be eligible for
/// (topic, size band, sector, still open), and the next events on its topics in its region or online.
/// </summary>
public sealed class ActionPlanner(SearchService search, SearchIndexes indexes, TimeProvider clock)
{
    public const int ResourcesPerStep = 3;
    public const int ActorsPerStep = 6;
    public const int AidSchemesPerStep = 3;
    public const int EventsPerStep = 3;
    public const string National = "national";

    public ActionPlan For(Questionnaire questionnaire, DiagnosticResult result, PublishedSnapshot snapshot)
    {
        var scores = result.Scores.ToDictionary(s => s.DimensionKey, s => s.Score);
        var scored = questionnaire.Dimensions.Where(d => scores.ContainsKey(d.Key)).OrderBy(d => scores[d.Key]).ToList();
        var weak = scored.Where(d => scores[d.Key] < questionnaire.WeakThreshold).ToList();
        var allAbove = weak.Count == 0;
        var chosen = allAbove ? scored.Take(1) : weak;
        var culture = questionnaire.Culture;
        var today = ParisCalendar.Today(clock);
        var now = clock.GetUtcNow();
        var steps = chosen.Select(d => new PlanStep(
            d,
            scores[d.Key],
            Resources(snapshot, culture, d.Topics),
            Actors(snapshot, culture, today, result.Department, d.Topics),
            AidSchemes(snapshot, culture, today, result, d.Topics),
            Events(snapshot, culture, now, result.Region, d.Topics))).ToList();
        return new ActionPlan(steps, allAbove);
    }

    /// <summary>Actors with a valid label serving the department with one of the topics, by name, from the search index.</summary>
    public IReadOnlyList<PublishedContent> Actors(PublishedSnapshot snapshot, string culture, DateOnly today, string department, IReadOnlyList<string> topics)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["departmentsServed"] = [department],
            ["specialties"] = topics,
            ["labelExpiresOn"] = [IndexSchema.Upcoming],
        };
        if (filters.Keys.Any(facet => !indexes.Schema.Facets.ContainsKey(facet)))
        {
            return [];
        }

        var found = search.Search(new SearchRequest
        {
            Culture = culture,
            ContentTypes = [ContactRequests.ActorType],
            Filters = filters,
            Today = today,
            Sort = SearchSort.Name,
            Take = ActorsPerStep,
        });
        if (!found.Available)
        {
            // The index is still being built (just after a deployment): the same rule on the published cache.
            return snapshot.OfType(ContactRequests.ActorType, culture)
                .Where(a => (a.Value<string[]>("departmentsServed") ?? []).Contains(department, StringComparer.OrdinalIgnoreCase)
                    && Overlaps(a.Value<string[]>("specialties"), topics)
                    && a.Value<DateOnly?>("labelExpiresOn") is { } expires && expires >= today)
                .OrderBy(a => a.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(culture), true))
                .Take(ActorsPerStep)
                .ToList();
        }

        return found.Hits.Select(h => snapshot.GetById(h.NodeId, culture)).OfType<PublishedContent>().Where(a => a.Url is not null).ToList();
    }

    private static List<PublishedContent> Resources(PublishedSnapshot snapshot, string culture, IReadOnlyList<string> topics) =>
        snapshot.OfType("resource", culture)
            .Where(r => Overlaps(r.Value<string[]>("themes"), topics))
            .OrderByDescending(r => r.Value<DateOnly?>("publishedOn") ?? DateOnly.FromDateTime(r.PublishDate))
            .ThenBy(r => r.Id)
            .Take(ResourcesPerStep)
            .ToList();

    /// <summary>Open schemes (no deadline passed) of the business's region first, then national ones; an empty eligibility list means everyone.</summary>
    private static List<PublishedContent> AidSchemes(PublishedSnapshot snapshot, string culture, DateOnly today, DiagnosticResult result, IReadOnlyList<string> topics) =>
        snapshot.OfType("aidScheme", culture)
            .Where(a => a.Value<string>("region") is { } region && (region == result.Region || region == National)
                && Overlaps(a.Value<string[]>("fundedTopics"), topics)
                && OpenTo(a.Value<string[]>("eligibleSizeBands"), result.SizeBand)
                && OpenTo(a.Value<string[]>("eligibleSectors"), result.Sector)
                && (a.Value<DateOnly?>("deadline") is not { } deadline || deadline >= today))
            .OrderBy(a => a.Value<string>("region") == National ? 1 : 0)
            .ThenBy(a => a.Value<DateOnly?>("deadline") ?? DateOnly.MaxValue)
            .ThenBy(a => a.Id)
            .Take(AidSchemesPerStep)
            .ToList();

    /// <summary>Events not over yet on one of the topics, in the business's region or online, soonest first.</summary>
    private static List<PublishedContent> Events(PublishedSnapshot snapshot, string culture, DateTimeOffset now, string region, IReadOnlyList<string> topics) =>
        snapshot.OfType("event", culture)
            .Where(e => e.Value<string>("theme") is { } theme && topics.Contains(theme)
                && (e.Value<string>("region") == region || e.Value<string>("eventMode") == "online")
                && (e.Value<DateTimeOffset?>("endDate") ?? e.Value<DateTimeOffset?>("startDate")) is { } end && end >= now)
            .OrderBy(e => e.Value<DateTimeOffset?>("startDate"))
            .ThenBy(e => e.Id)
            .Take(EventsPerStep)
            .ToList();

    private static bool Overlaps(string[]? values, IReadOnlyList<string> topics) => values is not null && values.Any(topics.Contains);

    private static bool OpenTo(string[]? eligible, string value) => eligible is not { Length: > 0 } || eligible.Contains(value);
}
