using System.Globalization;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indicators;

/// <summary>
/// Writes the counts as indicators of one culture, in a fixed order: the home page's key figures, then actors
/// (total, by kind, by region served, labels), events, success stories, aid schemes and resources. Every choice
/// of the document types gets its line, zero included, so the list has the same ids from one day to the next;
/// their labels are the document types' own option labels.
/// </summary>
internal sealed class IndicatorList(ContentModel model)
{
    private readonly List<Indicator> _items = [];
    private PublishedSnapshot _snapshot = null!;
    private string _culture = "";
    private string _date = "";
    private CultureInfo _format = CultureInfo.InvariantCulture;

    public IReadOnlyList<Indicator> Build(PublishedSnapshot snapshot, ProgrammeCounts counts, DateOnly today, string culture)
    {
        _items.Clear();
        _snapshot = snapshot;
        _culture = culture;
        _date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _format = CultureInfo.GetCultureInfo(culture == "fr" ? "fr-FR" : "en-GB");
        var home = snapshot.SiteRoot(culture) ?? snapshot.SiteRoot(snapshot.Cultures.Codes[0]);
        _items.AddRange(KeyFigures.Of(home, culture));

        var actors = FolderPath("actorsFolder");
        Count("actors.total", "Acteurs du réseau dans l'annuaire", "Network actors in the directory", counts.Actors, actors);
        foreach (var kind in Options("labelledActor", "kind"))
        {
            Count($"actors.kind.{kind.Value}", $"Acteurs du réseau : {kind.Label.In("fr")}", $"Network actors: {kind.Label.In("en")}",
                counts.ActorsByKind.GetValueOrDefault(kind.Value), actors);
        }

        foreach (var region in Options("labelledActor", "regionsServed"))
        {
            Count($"actors.region.{region.Value}", $"Acteurs intervenant en région {region.Label.In("fr")}", $"Actors serving the {region.Label.In("en")} region",
                counts.ActorsByRegion.GetValueOrDefault(region.Value), actors);
        }

        Count("actors.label.valid", "Acteurs dont le label est valide", "Actors with a valid label", counts.LabelsValid, actors);
        Count("actors.label.expired", "Acteurs dont le label a expiré", "Actors whose label has expired", counts.LabelsExpired, actors);
        Count("actors.label.none", "Acteurs sans date de fin de label", "Actors without a label end date", counts.LabelsNone, actors);
        Count("actors.examples", "Fiches d'exemple (fictives) parmi les acteurs", "Example (fictional) entries among the actors", counts.ActorExamples, actors);

        var events = FolderPath("eventsFolder");
        Count("events.total", "Événements publiés", "Published events", counts.Events, events);
        Count("events.upcoming", "Événements à venir ou en cours", "Upcoming or ongoing events", counts.EventsUpcoming, events);
        Count("events.past", "Événements passés", "Past events", counts.Events - counts.EventsUpcoming, events);
        foreach (var format in Options("event", "eventType"))
        {
            Count($"events.format.{format.Value}", $"Événements au format « {format.Label.In("fr")} »", $"Events in the \"{format.Label.In("en")}\" format",
                counts.EventsByFormat.GetValueOrDefault(format.Value), events);
        }

        var stories = FolderPath("successStoriesFolder");
        Count("success-stories.total", "Témoignages publiés", "Published success stories", counts.SuccessStories, stories);
        Count("success-stories.examples", "Témoignages d'exemple (fictifs)", "Example (fictional) success stories", counts.SuccessStoryExamples, stories);

        var aid = FolderPath("aidSchemesFolder");
        Count("aid-schemes.total", "Aides publiées", "Published aid schemes", counts.AidSchemes, aid);
        Count("aid-schemes.open", "Aides ouvertes aux demandes", "Aid schemes open to applications", counts.AidSchemesOpen, aid);
        Count("aid-schemes.not-yet-open", "Aides pas encore ouvertes", "Aid schemes not open yet", counts.AidSchemesNotYetOpen, aid);
        Count("aid-schemes.closed", "Aides closes (date limite passée)", "Closed aid schemes (deadline passed)",
            counts.AidSchemes - counts.AidSchemesOpen - counts.AidSchemesNotYetOpen, aid);
        Count("aid-schemes.examples", "Aides d'exemple (fictives)", "Example (fictional) aid schemes", counts.AidSchemeExamples, aid);

        var resources = FolderPath("resourcesFolder");
        Count("resources.total", "Ressources publiées", "Published resources", counts.Resources, resources);
        foreach (var type in Options("resource", "resourceType"))
        {
            Count($"resources.type.{type.Value}", $"Ressources de type « {type.Label.In("fr")} »", $"Resources of the \"{type.Label.In("en")}\" type",
                counts.ResourcesByType.GetValueOrDefault(type.Value), resources);
        }

        return [.. _items];
    }

    private void Count(string id, string fr, string en, int value, string? sourceUrl) =>
        _items.Add(new Indicator(id, _culture == "fr" ? fr : en, value, value.ToString("N0", _format), "count", _date,
            _culture == "fr" ? "Croissance Connectée, contenus publiés sur le site" : "Croissance Connectée, content published on the site",
            sourceUrl, null));

    private IReadOnlyList<ChoiceOption> Options(string contentType, string property) =>
        model.Type(contentType)?.Property(property)?.Options ?? [];

    /// <summary>The listing page where the counted items are, in this culture.</summary>
    private string? FolderPath(string folderType) =>
        (_snapshot.SiteRoot(_culture)?.Children ?? []).FirstOrDefault(c => c.ContentType == folderType)?.Url;
}
