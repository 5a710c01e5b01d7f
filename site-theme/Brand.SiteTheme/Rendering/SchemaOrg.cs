using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// schema.org JSON-LD for the head of a page. Built as dictionaries and written by System.Text.Json: its
/// encoders always escape '&lt;', '&gt;' and '&amp;', so no value (an event title with "&lt;/script&gt;") can end the
/// script element. Accented letters are kept readable.
/// </summary>
public static class SchemaOrg
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(object document) => JsonSerializer.Serialize(document, _json);

    /// <summary>Every script the page gets: the item's own type when it has one, and its breadcrumb below home.</summary>
    public static IEnumerable<object> For(ThemeContext theme, PublishedContent item)
    {
        object? main = item.ContentType switch
        {
            "home" => Site(theme, item),
            "labelledActor" => Actor(theme, item),
            "newsArticle" => Article(theme, item),
            "event" => Event(theme, item),
            _ => null,
        };
        if (main is not null)
        {
            yield return main;
        }

        if (item.Parent is not null)
        {
            yield return Breadcrumb(theme, item);
        }
    }

    private static JsonLdObject Site(ThemeContext theme, PublishedContent home) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = theme.SiteName,
        ["url"] = theme.Absolute(home.Url!),
        ["description"] = theme.Settings?.Value<string>("defaultMetaDescription") ?? home.Value<string>("heroText"),
        ["email"] = theme.Settings?.Value<string>("contactEmail"),
    };

    private static JsonLdObject Actor(ThemeContext theme, PublishedContent actor) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = actor.Name,
        ["url"] = actor.Value<string>("website") ?? theme.Absolute(actor.Url!),
        ["description"] = actor.Value<string>("description"),
        ["email"] = actor.Value<string>("email"),
        ["telephone"] = actor.Value<string>("phone"),
        ["address"] = Address(actor),
        ["areaServed"] = Nullable(theme.Format.Options(actor, "regionsServed")),
        ["knowsAbout"] = Nullable(theme.Format.Options(actor, "specialties")),
    };

    private static JsonLdObject Article(ThemeContext theme, PublishedContent article)
    {
        var published = article.Value<DateOnly?>("publishedOn");
        return new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Name,
            ["description"] = article.Value<string>("summary"),
            ["inLanguage"] = article.Culture,
            ["datePublished"] = published is { } p ? ThemeFormat.Iso(p) : Utc(article.PublishDate),
            ["dateModified"] = Utc(article.UpdateDate),
            ["mainEntityOfPage"] = theme.Absolute(article.Url!),
            ["keywords"] = article.Value<string[]>("tags") is { Length: > 0 } tags ? string.Join(", ", tags) : null,
            ["author"] = Publisher(theme),
            ["publisher"] = Publisher(theme),
        };
    }

    private static JsonLdObject Event(ThemeContext theme, PublishedContent item)
    {
        var mode = item.Value<string>("eventMode");
        var registration = item.Value<string>("registrationUrl");
        var place = mode == "online" ? null : new JsonLdObject
        {
            ["@type"] = "Place",
            ["name"] = item.Value<string>("venueName") ?? item.Value<string>("city"),
            ["address"] = Address(item),
            ["geo"] = item.Value<GeoPoint?>("location") is { } at
                ? new JsonLdObject { ["@type"] = "GeoCoordinates", ["latitude"] = at.Lat, ["longitude"] = at.Lon }
                : null,
        };
        var online = mode is "online" or "hybrid"
            ? new JsonLdObject { ["@type"] = "VirtualLocation", ["url"] = registration ?? theme.Absolute(item.Url!) }
            : null;
        var organiserPage = item.Value<Guid?>("organiserActor") is { } key ? theme.ByKey(key) : null;
        // Written with the offset of the place (Paris, or the overseas department), as the page shows them.
        var zone = ThemeFormat.EventZone(item);
        return new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = item.Name,
            ["description"] = item.Value<string>("summary"),
            ["inLanguage"] = item.Culture,
            ["url"] = theme.Absolute(item.Url!),
            ["startDate"] = item.Value<DateTimeOffset?>("startDate") is { } start ? ThemeFormat.Iso(TimeZoneInfo.ConvertTime(start, zone)) : null,
            ["endDate"] = item.Value<DateTimeOffset?>("endDate") is { } end ? ThemeFormat.Iso(TimeZoneInfo.ConvertTime(end, zone)) : null,
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = mode switch
            {
                "online" => "https://schema.org/OnlineEventAttendanceMode",
                "hybrid" => "https://schema.org/MixedEventAttendanceMode",
                _ => "https://schema.org/OfflineEventAttendanceMode",
            },
            ["location"] = (place, online) switch
            {
                ({ } p, { } o) => new object[] { p, o },
                ({ } p, null) => p,
                (null, { } o) => o,
                _ => null,
            },
            ["isAccessibleForFree"] = item.Value<bool?>("isFree"),
            ["organizer"] = new JsonLdObject
            {
                ["@type"] = "Organization",
                ["name"] = item.Value<string>("organiser") ?? organiserPage?.Name,
                ["url"] = organiserPage?.Url is { } url ? theme.Absolute(url) : null,
            },
        };
    }

    private static JsonLdObject Breadcrumb(ThemeContext theme, PublishedContent item)
    {
        var trail = item.Ancestors.Reverse().Append(item).Where(p => p.Url is not null).ToList();
        return new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = trail.Select((p, i) => new JsonLdObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = p.Name,
                ["item"] = theme.Absolute(p.Url!),
            }).ToList(),
        };
    }

    private static JsonLdObject Publisher(ThemeContext theme) => new()
    {
        ["@type"] = "Organization",
        ["name"] = theme.SiteName,
        ["url"] = theme.Home?.Url is { } url ? theme.Absolute(url) : null,
    };

    private static JsonLdObject? Address(PublishedContent item)
    {
        var street = item.Value<string>("address");
        var city = item.Value<string>("city");
        if (street is null && city is null)
        {
            return null;
        }

        return new()
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = street,
            ["postalCode"] = item.Value<string>("postcode"),
            ["addressLocality"] = city,
            ["addressCountry"] = "FR",
        };
    }

    /// <summary>The engine's dates are UTC whatever their Kind says (SQLite drops it).</summary>
    private static string Utc(DateTime date) => ThemeFormat.Iso(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)));

    private static IReadOnlyList<string>? Nullable(IReadOnlyList<string> values) => values.Count > 0 ? values : null;
}

/// <summary>
/// A JSON-LD object that drops null values as they are set: optional facts (no end date, no phone) are left
/// out instead of written as null, which the serializer does not skip for dictionary entries.
/// </summary>
#pragma warning disable CA1710 // A JSON-LD node, not a collection in the domain's sense: "Dictionary" in its name would mislead.
public sealed class JsonLdObject : Dictionary<string, object?>
#pragma warning restore CA1710
{
    public new object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : null;
        set
        {
            if (value is not null)
            {
                base[key] = value;
            }
        }
    }
}
