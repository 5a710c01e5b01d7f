using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData;

/// <summary>Open-data settings (section "PublicApi:OpenData").</summary>
public sealed class OpenDataOptions
{
    public const string Section = "PublicApi:OpenData";

    /// <summary>
    /// The site's public address ("https://croissance-connectee.gouv.fr"), for the absolute URLs of the files,
    /// the catalogue and the page links. Unset, they are taken from the request, which a reverse proxy must then
    /// forward faithfully (host and scheme).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The licensor named in the attribution and the catalogue, per culture.</summary>
    public LocalizedText Publisher { get; } = new()
    {
        ["fr"] = "Croissance Connectée — mission de l'État pour la transformation numérique des TPE et PME",
        ["en"] = "Croissance Connectée — French State mission for the digital transformation of small businesses",
    };

    /// <summary>The base URL of a request: the configured one, else the request's own scheme and host.</summary>
    public string BaseUrlFor(Microsoft.AspNetCore.Http.HttpRequest request) =>
        PublicBaseUrl is { } configured ? configured.GetLeftPart(UriPartial.Authority) : $"{request.Scheme}://{request.Host}";
}
