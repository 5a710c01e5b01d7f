using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// Workshops, webinars, conferences, meetups and training sessions, past and upcoming. An event organised by a
/// volunteer connector (a private person, see <see cref="ActorsDataset"/>) leaves out the organiser's name, the
/// venue's name and street address and its map position; its town, department and region stay. The free-text
/// organiser of an event not linked to the directory is published as written: editors name organisations there.
/// Programmes (rich text) are on the event's page, not in the file.
/// </summary>
public sealed class EventsDataset(ContentModel model, CultureSet cultures) : ContentDataset("events", "event", model, cultures)
{
    public override LocalizedText Title { get; } = ContentColumns.Text("Événements", "Events");

    public override LocalizedText Description { get; } = ContentColumns.Text(
        "Les ateliers, webinaires, conférences, rencontres et formations du réseau, passés et à venir : dates, format, thème, modalité, organisateur et lieu.",
        "The network's workshops, webinars, conferences, meetups and training sessions, past and upcoming: dates, format, theme, attendance mode, organiser and venue.");

    public override IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "événements", "ateliers", "formation"];

    protected override bool IsPrivatePerson(ContentRow row)
    {
        if (row.Item.Value<Guid?>("organiserActor") is not { } key)
        {
            return false;
        }

        foreach (var culture in row.Context.Snapshot.Cultures.Codes)
        {
            if (row.Context.Snapshot.GetByKey(key, culture) is { } organiser)
            {
                return !PrivatePersons.IsBusiness(organiser);
            }
        }

        return false;
    }

    protected override IEnumerable<ContentColumn> Define(ContentColumns columns) =>
    [
        .. ContentColumns.Id(),
        .. columns.Name(),
        .. columns.PageUrl(),
        .. columns.Property("summary", "summary"),
        .. columns.Property("eventType", "event_type"),
        .. columns.Property("theme", "theme"),
        .. columns.Property("eventMode", "event_mode"),
        .. columns.Property("startDate", "starts_at"),
        .. columns.Property("endDate", "ends_at"),
        .. columns.Property("isFree", "is_free"),
        .. columns.Property("registrationUrl", "registration_url"),
        .. columns.Property("organiser", "organiser", personalData: true),
        .. columns.Property("organiserActor", "organiser_actor_id"),
        .. columns.Property("venueName", "venue_name", personalData: true),
        .. columns.Property("address", "address", personalData: true),
        .. columns.Property("postcode", "postcode"),
        .. columns.Property("city", "city"),
        .. columns.Property("department", "department"),
        .. columns.Property("region", "region"),
        .. ContentColumns.Location("location", personalData: true),
        .. ContentColumns.Dates(),
    ];
}
