using Brand.Cms.Core.Media;
using Brand.PublicApi.OpenData;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.Media;

/// <summary>
/// The media library as one API request sees it: files found by key, with absolute URLs on the site's public
/// address (the one the open-data files use), since an API client has no page to resolve "/media/…" against.
/// </summary>
public sealed class ApiMedia(IMediaLookup lookup, string baseUrl)
{
    public MediaReference? Find(Guid key) => lookup.Find(key);

    public string UrlOf(MediaReference media) => baseUrl + media.Url;

    /// <summary>Umbraco's media type alias for the file: "Image", or "File" for a PDF.</summary>
    public static string MediaTypeOf(MediaReference media) => media.IsImage ? "Image" : "File";
}

/// <summary>Makes the <see cref="ApiMedia"/> of a request.</summary>
public sealed class ApiMediaSource(IMediaLookup lookup, IOptions<OpenDataOptions> options)
{
    public long Version => lookup.Version;

    public ApiMedia For(HttpRequest request) => new(lookup, options.Value.BaseUrlFor(request));
}
