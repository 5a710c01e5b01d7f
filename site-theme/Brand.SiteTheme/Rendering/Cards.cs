using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>A DSFR badge: its text and its colour variant ("fr-badge--success"…), or none.</summary>
public sealed record Badge(string Text, string? Variant = null);

/// <summary>A line at the foot of a card, with a DSFR icon class ("fr-icon-calendar-line").</summary>
public sealed record CardDetail(string Text, string Icon);

/// <summary>What the card partial (Shared/_Card) shows for one item in a list.</summary>
public sealed record CardModel(PublishedContent Item, int Heading)
{
    public string? Description { get; init; }

    public IReadOnlyList<Badge> Badges { get; init; } = [];

    public IReadOnlyList<CardDetail> Details { get; init; } = [];
}

/// <summary>The card of each document type: the facts a reader scans a list for, the same on every page listing it.</summary>
public static class Cards
{
    public static CardModel For(ThemeContext theme, PublishedContent item, int heading = 3)
    {
        var f = theme.Format;
        var card = new CardModel(item, heading) { Description = Summary(item) };
        return item.ContentType switch
        {
            "event" => card with { Badges = EventBadges(f, item), Details = EventDetails(theme, item) },
            "newsArticle" => card with
            {
                Badges = Some(f.Option(item, "theme")),
                Details = Date(f, item.Value<DateOnly?>("publishedOn") ?? DateOnly.FromDateTime(item.PublishDate), "fr-icon-calendar-line"),
            },
            "successStory" => card with
            {
                Badges = [.. Some(f.Option(item, "sector")), .. Example(theme, item)],
                Details = Line(Place(f, item), "fr-icon-map-pin-2-line"),
            },
            "resource" => card with
            {
                Badges = [.. Some(f.Option(item, "resourceType")), .. Some(f.Option(item, "level"))],
                Details = item.Value<long?>("readingTime") is { } minutes
                    ? [new CardDetail(theme.T($"{minutes} min de lecture", $"{minutes} min read"), "fr-icon-time-line")]
                    : [],
            },
            "aidScheme" => card with { Badges = AidBadges(theme, item), Details = AidDetails(theme, item) },
            "labelledActor" => card with
            {
                Description = item.Value<string>("description"),
                Badges = [.. Some(f.Option(item, "kind")), .. LabelBadge(theme, item), .. Example(theme, item)],
                Details = [.. Line(item.Value<string>("city"), "fr-icon-map-pin-2-line"),
                    .. Line(f.Options(item, "specialties") is { Count: > 0 } s ? string.Join(", ", s) : null, "fr-icon-award-line")],
            },
            _ => card,
        };
    }

    public static string? Summary(PublishedContent item) =>
        item.Value<string>("summary") ?? item.Value<string>("intro") ?? item.Value<string>("description");

    /// <summary>Open while the deadline (Paris date) is not past; no deadline means open.</summary>
    public static bool IsOpen(ThemeContext theme, PublishedContent aid) =>
        aid.Value<DateOnly?>("deadline") is not { } deadline || deadline >= theme.Today;

    /// <summary>True when the label expiry date is today or later; null when the actor has no label dates.</summary>
    public static bool? LabelValid(ThemeContext theme, PublishedContent actor) =>
        actor.Value<DateOnly?>("labelExpiresOn") is { } expires ? expires >= theme.Today : null;

    public static IReadOnlyList<Badge> LabelBadge(ThemeContext theme, PublishedContent actor) => LabelValid(theme, actor) switch
    {
        true => [new Badge(theme.T("Label valide", "Valid label"), "fr-badge--success fr-badge--no-icon")],
        false => [new Badge(theme.T("Label expiré", "Expired label"), "fr-badge--error fr-badge--no-icon")],
        null => [],
    };

    public static IReadOnlyList<Badge> Example(ThemeContext theme, PublishedContent item) =>
        item.Value<bool>("isExample") ? [new Badge(theme.T("Exemple", "Example"), "fr-badge--purple-glycine")] : [];

    /// <summary>"Quimper (29)" or the region's name.</summary>
    public static string? Place(ThemeFormat f, PublishedContent item)
    {
        var city = item.Value<string>("city");
        var dept = item.Value<string>("department");
        return city is not null ? (dept is null ? city : $"{city} ({dept})") : f.Option(item, "region");
    }

    private static IReadOnlyList<Badge> EventBadges(ThemeFormat f, PublishedContent item) =>
        [.. Some(f.Option(item, "eventMode"), "fr-badge--blue-ecume"), .. Some(f.Option(item, "eventType"))];

    private static List<CardDetail> EventDetails(ThemeContext theme, PublishedContent item)
    {
        var f = theme.Format;
        var details = new List<CardDetail>();
        if (item.Value<DateTimeOffset?>("startDate") is { } start)
        {
            var zone = ThemeFormat.EventZone(item);
            details.Add(new CardDetail($"{f.Range(start, item.Value<DateTimeOffset?>("endDate"), zone)} ({f.ZoneName(zone)})", "fr-icon-calendar-event-line"));
        }

        details.Add(item.Value<string>("eventMode") == "online"
            ? new CardDetail(theme.T("En ligne", "Online"), "fr-icon-computer-line")
            : new CardDetail(Place(f, item) ?? "", "fr-icon-map-pin-2-line"));
        return details;
    }

    private static IReadOnlyList<Badge> AidBadges(ThemeContext theme, PublishedContent item) =>
    [
        IsOpen(theme, item)
            ? new Badge(theme.T("Ouverte", "Open"), "fr-badge--success fr-badge--no-icon")
            : new Badge(theme.T("Clôturée", "Closed"), "fr-badge--no-icon"),
        .. Some(theme.Format.Option(item, "region")),
        .. Example(theme, item),
    ];

    private static List<CardDetail> AidDetails(ThemeContext theme, PublishedContent item)
    {
        var f = theme.Format;
        var details = new List<CardDetail>();
        if (item.Value<string>("amountText") is { } amount)
        {
            details.Add(new CardDetail(amount, "fr-icon-money-euro-circle-line"));
        }

        if (item.Value<DateOnly?>("deadline") is { } deadline)
        {
            details.Add(new CardDetail(theme.T($"Date limite : {f.Date(deadline)}", $"Deadline: {f.Date(deadline)}"), "fr-icon-calendar-line"));
        }

        return details;
    }

    private static IReadOnlyList<CardDetail> Date(ThemeFormat f, DateOnly date, string icon) => [new CardDetail(f.Date(date), icon)];

    private static IReadOnlyList<Badge> Some(string? text, string? variant = null) => text is null ? [] : [new Badge(text, variant)];

    private static IReadOnlyList<CardDetail> Line(string? text, string icon) => text is null ? [] : [new CardDetail(text, icon)];
}
