namespace Brand.Cms.Site;

/// <summary>Absolute URLs for feeds, sitemaps and calendars, from the request (a reverse proxy forwards the host).</summary>
public static class PublicBaseUrl
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static Uri Absolute(HttpRequest request, string path) => new(Of(request) + path);
}
