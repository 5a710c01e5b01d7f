using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi;

/// <summary>
/// Volunteer connectors are private persons. Their page shows how to reach them, to a visitor looking for
/// help; the APIs, which hand out everything at once, withhold those contact details (GDPR: data
/// minimisation). Labelled connectors and partner organisations are businesses: their contacts are public.
/// </summary>
public static class PrivatePersons
{
    /// <summary>Properties withheld for a private person: how to reach them and where they live.</summary>
    public static readonly IReadOnlySet<string> ContactProperties = new HashSet<string>(StringComparer.Ordinal) { "email", "phone", "address", "location" };

    public static bool IsBusiness(PublishedContent actor) => actor.Value<string>("kind") is "labelledConnector" or "partnerOrganisation";

    public static bool IsPrivatePerson(PublishedContent item) => item.ContentType == "labelledActor" && !IsBusiness(item);

    /// <summary>True when the APIs must not give this property of this item.</summary>
    public static bool Withholds(PublishedContent item, string alias) => ContactProperties.Contains(alias) && IsPrivatePerson(item);
}
