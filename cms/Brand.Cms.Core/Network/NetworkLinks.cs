using Brand.Cms.Core.PublishedCache;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>
/// The public addresses the network's e-mails point to, found from the published pages (the join page and
/// the actor space), so that renaming a page in the backoffice moves the links too. The host is
/// <see cref="NetworkOptions.PublicBaseUrl"/> when set: a forged Host header can never redirect a link.
/// </summary>
public sealed class NetworkLinks(PublishedContentCache cache, IOptions<NetworkOptions> options)
{
    public const string ApplicationPageType = "networkApplicationPage";
    public const string ActorSpaceType = "actorSpacePage";
    public const string BrandKitType = "brandKitPage";

    /// <summary>The path segment after the join page that leads to an application's page, by culture.</summary>
    public static string FollowSegment(string culture) => culture == "fr" ? "suivi" : "follow";

    /// <summary>The path segment after the actor space that signs in with a link's token, by culture.</summary>
    public static string SignInSegment(string culture) => culture == "fr" ? "connexion" : "sign-in";

    public PublishedContent? ApplicationPage(string culture) => First(ApplicationPageType, culture);

    public PublishedContent? ActorSpace(string culture) => First(ActorSpaceType, culture);

    public PublishedContent? BrandKit(string culture) => First(BrandKitType, culture);

    /// <summary>An actor's public entry in a culture (or in any, when not public in that one).</summary>
    public PublishedContent? Profile(Guid actorKey, string culture) =>
        cache.Current.GetByKey(actorKey, culture) ?? cache.Current.Cultures.Codes.Select(c => cache.Current.GetByKey(actorKey, c)).FirstOrDefault(p => p is not null);

    /// <summary>An absolute URL of the site, for a mail; <paramref name="requestBase"/> only when no base is configured.</summary>
    public string Absolute(string path, string? requestBase) =>
        (options.Value.PublicBaseUrl?.GetLeftPart(UriPartial.Authority) ?? requestBase ?? NetworkOptions.FallbackBaseUrl).TrimEnd('/') + path;

    public string? FollowPath(string culture, string token) =>
        ApplicationPage(culture)?.Url is { } page ? $"{page.TrimEnd('/')}/{FollowSegment(culture)}/{token}" : null;

    public string? SignInPath(string culture, string token) =>
        ActorSpace(culture)?.Url is { } page ? $"{page.TrimEnd('/')}/{SignInSegment(culture)}/{token}" : null;

    /// <summary>Every published directory entry once, in the first culture it is public in (an entry may be public in English only).</summary>
    public static IEnumerable<PublishedContent> Actors(PublishedSnapshot snapshot) =>
        snapshot.Cultures.Codes.SelectMany(c => snapshot.OfType(LabelGranting.ActorType, c)).DistinctBy(a => a.Key);

    private PublishedContent? First(string type, string culture) =>
        cache.Current.OfType(type, culture).OrderBy(p => p.Url, StringComparer.Ordinal).FirstOrDefault();
}
