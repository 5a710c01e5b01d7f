using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.OpenData.Versions;

/// <summary>
/// Validators and 304 answers (RFC 9110, section 13): If-None-Match wins when present (weak comparison, "*" for any);
/// otherwise If-Modified-Since answers 304 unless the file changed after that date, at one-second precision.
/// </summary>
public static class ConditionalGet
{
    /// <summary>Sets ETag, Last-Modified and a cache policy that revalidates every time; true when the answer is 304.</summary>
    public static bool NotModified(HttpContext context, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var response = context.Response.GetTypedHeaders();
        lastModified = Seconds(lastModified);
        response.ETag = etag;
        response.LastModified = lastModified;
        // Caches may keep the files but must ask first: the answer is a cheap 304 until content is published.
        response.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };

        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch is { Count: > 0 } tags
            ? tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastModified <= since;
        if (notModified)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
        }

        return notModified;
    }

    public static DateTimeOffset Seconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
