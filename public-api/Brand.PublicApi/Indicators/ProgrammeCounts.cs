using Brand.Cms.Core;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indicators;

/// <summary>
/// The live counts behind the indicators, from one walk over the published content, as of one Paris date.
/// Every public item counts, fictional example entries included: they are published content, and the
/// "examples" counts say how many of them there are (the demonstration site has nothing else).
/// </summary>
internal sealed class ProgrammeCounts
{
    public int Actors { get; private set; }
    public Dictionary<string, int> ActorsByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>An actor counts in every region it serves.</summary>
    public Dictionary<string, int> ActorsByRegion { get; } = new(StringComparer.Ordinal);

    public int LabelsValid { get; private set; }
    public int LabelsExpired { get; private set; }
    public int LabelsNone { get; private set; }
    public int ActorExamples { get; private set; }

    public int Events { get; private set; }
    public int EventsUpcoming { get; private set; }
    public Dictionary<string, int> EventsByFormat { get; } = new(StringComparer.Ordinal);

    public int SuccessStories { get; private set; }
    public int SuccessStoryExamples { get; private set; }

    public int AidSchemes { get; private set; }
    public int AidSchemesOpen { get; private set; }
    public int AidSchemesNotYetOpen { get; private set; }
    public int AidSchemeExamples { get; private set; }

    public int Resources { get; private set; }
    public Dictionary<string, int> ResourcesByType { get; } = new(StringComparer.Ordinal);

    public static ProgrammeCounts Of(PublishedSnapshot snapshot, DateOnly today)
    {
        var counts = new ProgrammeCounts();
        foreach (var item in PublishedItems.All(snapshot))
        {
            switch (item.ContentType)
            {
                case "labelledActor":
                    counts.AddActor(item, today);
                    break;
                case "event":
                    counts.AddEvent(item, today);
                    break;
                case "successStory":
                    counts.SuccessStories++;
                    counts.SuccessStoryExamples += item.Value<bool>("isExample") ? 1 : 0;
                    break;
                case "aidScheme":
                    counts.AddAidScheme(item, today);
                    break;
                case "resource":
                    counts.Resources++;
                    Increment(counts.ResourcesByType, item.Value<string>("resourceType"));
                    break;
            }
        }

        return counts;
    }

    /// <summary>A label is valid until the end of its expiry day, as the directory shows it.</summary>
    private void AddActor(PublishedContent actor, DateOnly today)
    {
        Actors++;
        Increment(ActorsByKind, actor.Value<string>("kind"));
        foreach (var region in actor.Value<string[]>("regionsServed") ?? [])
        {
            Increment(ActorsByRegion, region);
        }

        switch (actor.Value<DateOnly?>("labelExpiresOn"))
        {
            case null:
                LabelsNone++;
                break;
            case { } expires when expires >= today:
                LabelsValid++;
                break;
            default:
                LabelsExpired++;
                break;
        }

        ActorExamples += actor.Value<bool>("isExample") ? 1 : 0;
    }

    /// <summary>Upcoming until the day it ends (or starts, without an end date) is over, in Paris.</summary>
    private void AddEvent(PublishedContent item, DateOnly today)
    {
        Events++;
        Increment(EventsByFormat, item.Value<string>("eventType"));
        if ((item.Value<DateTimeOffset?>("endDate") ?? item.Value<DateTimeOffset?>("startDate")) is { } last
            && ParisCalendar.DateOf(last) >= today)
        {
            EventsUpcoming++;
        }
    }

    /// <summary>Open from its opening date (none: already open) to its deadline (none: no end), both included.</summary>
    private void AddAidScheme(PublishedContent aid, DateOnly today)
    {
        AidSchemes++;
        AidSchemeExamples += aid.Value<bool>("isExample") ? 1 : 0;
        if (aid.Value<DateOnly?>("openingDate") is { } opens && opens > today)
        {
            AidSchemesNotYetOpen++;
        }
        else if (aid.Value<DateOnly?>("deadline") is not { } deadline || deadline >= today)
        {
            AidSchemesOpen++;
        }
    }

    private static void Increment(Dictionary<string, int> counts, string? key)
    {
        if (key is not null)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}
