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
    public static void DoNotStore(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }
}
