using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// The directory: volunteer connectors, State-labelled connectors and partner organisations.
/// Labelled connectors and partner organisations are businesses and publish their professional contact.
/// A volunteer connector is a private person: the row keeps what describes the help offered and the area
/// served (kind, specialties, regions and departments, the department and region of the address, label dates and status),
/// and leaves empty everything that names or locates the person: name, presentation, page address (its path
/// spells the name), street address, postcode, city, map position, email, phone, website and label number.
/// </summary>
public sealed class ActorsDataset(ContentModel model, CultureSet cultures, FranceGeography geography)
    : ContentDataset("actors", "labelledActor", model, cultures)
{
    public override LocalizedText Title { get; } = ContentColumns.Text("Acteurs du réseau", "Network actors");

    public override LocalizedText Description { get; } = ContentColumns.Text(
        "L'annuaire des acteurs qui accompagnent les TPE et PME : connecteurs bénévoles, connecteurs labellisés par l'État et organisations partenaires, avec leurs spécialités, les territoires couverts et leur label. Les coordonnées des connecteurs bénévoles, personnes privées, ne sont pas publiées.",
        "The directory of actors helping small businesses: volunteer connectors, State-labelled connectors and partner organisations, with their specialties, the areas they serve and their label. The contact details of volunteer connectors, who are private persons, are not published.");

    public override IReadOnlyList<string> Keywords { get; } = ["numérique", "TPE", "PME", "accompagnement", "annuaire", "transformation numérique"];

    protected override bool IsPrivatePerson(ContentRow row) => !PrivatePersons.IsBusiness(row.Item);

    protected override IEnumerable<ContentColumn> Define(ContentColumns columns) =>
    [
        .. ContentColumns.Id(),
        .. columns.Name(personalData: true),
        .. columns.PageUrl(personalData: true),
        .. columns.Property("kind", "kind"),
        .. columns.Property("description", "description", personalData: true),
        .. columns.Property("specialties", "specialties"),
        .. columns.Property("acceptsRemote", "accepts_remote"),
        .. columns.Property("regionsServed", "regions_served"),
        .. columns.Property("departmentsServed", "departments_served"),
        .. columns.Property("address", "address", personalData: true),
        .. columns.Property("postcode", "postcode", personalData: true),
        .. columns.Property("city", "city", personalData: true),
        ContentColumns.Computed("department", ColumnType.Code,
            "Département de l'adresse (code INSEE : 35, 2A, 974), déduit du code postal ; renseigné aussi pour les connecteurs bénévoles",
            "Department of the address (INSEE code: 35, 2A, 974), from the postcode; given for volunteer connectors too",
            r => CommuneOf(r)?.DepartmentCode),
        ContentColumns.Computed("region", ColumnType.Code,
            "Région de l'adresse (code INSEE), déduite du code postal ; renseignée aussi pour les connecteurs bénévoles",
            "Region of the address (INSEE code), from the postcode; given for volunteer connectors too",
            r => CommuneOf(r)?.RegionCode, values: columns.Options("regionsServed")),
        .. ContentColumns.Location("location", personalData: true),
        .. columns.Property("email", "email", personalData: true),
        .. columns.Property("phone", "phone", personalData: true),
        .. columns.Property("website", "website", personalData: true),
        .. columns.Property("labelNumber", "label_number", personalData: true),
        .. columns.Property("labelGrantedOn", "label_granted_on"),
        .. columns.Property("labelExpiresOn", "label_expires_on"),
        ContentColumns.Computed("label_status", ColumnType.Code,
            "État du label le jour du téléchargement (date de Paris), d'après label_expires_on : valid, expired, ou none sans date",
            "Label status on the day of the download (Paris date), from label_expires_on: valid, expired, or none without a date",
            r => LabelStatus(r), values: _labelStatuses),
        .. columns.Property("isExample", "is_example"),
        .. ContentColumns.Dates(),
    ];

    private static readonly IReadOnlyList<ChoiceOption> _labelStatuses =
    [
        new() { Value = "valid", Label = ContentColumns.Text("Label valide", "Valid label") },
        new() { Value = "expired", Label = ContentColumns.Text("Label expiré", "Expired label") },
        new() { Value = "none", Label = ContentColumns.Text("Sans date de label", "No label date") },
    ];

    /// <summary>The same buckets as the directory's filter and the API's labelStatus, in the words of the CSV.</summary>
    private static string LabelStatus(ContentRow row) =>
        IndexSchema.DateBucket(row.Item.Value<DateOnly?>("labelExpiresOn"), row.Context.Today) switch
        {
            IndexSchema.Upcoming => "valid",
            IndexSchema.Past => "expired",
            _ => "none",
        };

    /// <summary>The most populous commune of the postcode: enough for its department and region.</summary>
    private Commune? CommuneOf(ContentRow row) =>
        row.Item.Value<string>("postcode") is { Length: 5 } postcode && geography.CommunesForPostcode(postcode) is [var commune, ..] ? commune : null;
}
