using Microsoft.AspNetCore.Http;

namespace Brand.Backoffice.Security;

/// <summary>
/// Headers of every backoffice answer: never cached, never indexed, never framed, scripts and styles from
/// this origin only. Quill sets inline styles on the editor's content, hence style-src 'unsafe-inline'.
/// Images may also come from the map's tile server, for the geo-point editor.
/// </summary>
public static class SecurityHeaders
{
    /// <param name="tileUrl">The map's tile URL template (Theme:Map:TileUrl); its origin is allowed for images.</param>
    public static string ContentSecurityPolicy(string? tileUrl)
    {
        var tiles = Uri.TryCreate(tileUrl?.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority)
            : "";
        return $"default-src 'self'; img-src 'self' data: blob:{tiles}; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    public static void Apply(HttpResponse response, string contentSecurityPolicy)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store, no-cache, max-age=0";
        headers.Pragma = "no-cache";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["X-Frame-Options"] = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
    }
}
