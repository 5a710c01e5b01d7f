using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Brand.SiteTheme.Rendering;

/// <summary>Lets a template keep one answer out of the host's output cache.</summary>
public static class OutputCacheControl
{
    /// <summary>
    /// For an answer that will be wrong in a moment ("search is being prepared"): cached, it would be
    /// served for the cache's whole lifetime after the index opens.
    /// </summary>
    /// <summary>
    /// Keeps the answer out of the cache when the query string holds a parameter the page does not read
    /// (a tracking tag, a counter): the cache varies by the whole query string, and such URLs would each
    /// take a cache entry and push out the pages people share.
    /// </summary>
    public static void StoreOnlyWith(HttpContext http, IReadOnlyCollection<string> parameters)
    {
        foreach (var key in http.Request.Query.Keys)
        {
            if (!parameters.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                DoNotStore(http);
                return;
            }
        }
    }

    public static void DoNotStore(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }
}
