using Brand.Cms.Core;
using System.Runtime.CompilerServices;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indicators;

/// <summary>
/// The programme's open indicators, for regions and journalists: the key figures of the home page with their
/// sources, and live counts of the published content (see <see cref="IndicatorList"/>). Read by the GraphQL
/// <c>indicators</c> query and the <c>indicators</c> open-data download.
/// Counting walks all published content, so it is done once per published snapshot and Paris day (what is
/// "upcoming" or "expired" depends on the date), for every culture at once, and kept with the snapshot.
/// </summary>
public sealed class IndicatorService(PublishedContentCache cache, ContentModel model, CultureSet cultures, TimeProvider clock)
{
    // Weak keys: a replaced snapshot and its figures go together; nothing here keeps an old snapshot alive.
    private readonly ConditionalWeakTable<PublishedSnapshot, Computed> _bySnapshot = [];

    /// <summary>The indicators of the current published content, today, in a culture ("fr", "en"; any other gets the default one).</summary>
    public IReadOnlyList<Indicator> For(string culture) => For(cache.Current, ParisCalendar.Today(clock), culture);

    /// <summary>For one snapshot and day, so that a download reads a single consistent state in every culture.</summary>
    internal IReadOnlyList<Indicator> For(PublishedSnapshot snapshot, DateOnly day, string culture)
    {
        var computed = _bySnapshot.GetValue(snapshot, _ => new Computed());
        var byCulture = computed.Latest;
        if (byCulture is null || byCulture.Day != day)
        {
            lock (computed)
            {
                byCulture = computed.Latest;
                if (byCulture is null || byCulture.Day != day)
                {
                    byCulture = Compute(snapshot, day);
                    computed.Latest = byCulture;
                }
            }
        }

        return byCulture.Lists.TryGetValue(culture, out var list) ? list : byCulture.Lists[cultures.Default.Code];
    }

    private ForDay Compute(PublishedSnapshot snapshot, DateOnly day)
    {
        var counts = ProgrammeCounts.Of(snapshot, day);
        var list = new IndicatorList(model);
        return new ForDay(day, cultures.Codes.ToDictionary(c => c, c => list.Build(snapshot, counts, day, c), StringComparer.OrdinalIgnoreCase));
    }

    private sealed class Computed
    {
        public volatile ForDay? Latest;
    }

    private sealed record ForDay(DateOnly Day, Dictionary<string, IReadOnlyList<Indicator>> Lists);
}
