using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// A page for one person only (a self-diagnostic result, an application to follow, the actor space), whose URL
/// may carry a private token: never stored (by the host's output cache nor any other), indexed, or sent as a
/// referrer (a link followed from it would hand the token to the site it leads to).
/// </summary>
public static class PrivateAnswer
{
    private const string Marker = "cc-private-answer";

    public static void Apply(HttpContext http)
    {
        OutputCacheControl.DoNotStore(http);
        if (!http.Items.TryAdd(Marker, true))
        {
            return;
        }

        void Headers()
        {
            http.Response.Headers.CacheControl = "no-store, private";
            http.Response.Headers.Pragma = "no-cache";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
        }

        Headers();
        // Again as the answer starts: the anti-forgery token of the forms writes its own Cache-Control.
        http.Response.OnStarting(() =>
        {
            Headers();
            return Task.CompletedTask;
        });
    }
}
