using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// The directory: volunteer connectors, State-labelled connectors and partner organisations.
/// Labelled connectors and partner organisations are businesses and publish their professional contact.
/// A volunteer connector is a private person: the row keeps what describes the help offered and the area
/// served (kind, specialties, regions and departments, the department and region of the address, label dates),
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
        .. columns.Property("isExample", "is_example"),
        .. ContentColumns.Dates(),
    ];

    /// <summary>The most populous commune of the postcode: enough for its department and region.</summary>
    private Commune? CommuneOf(ContentRow row) =>
        row.Item.Value<string>("postcode") is { Length: 5 } postcode && geography.CommunesForPostcode(postcode) is [var commune, ..] ? commune : null;
}
