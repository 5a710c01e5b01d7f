using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// The actor space shows one actor's data, and its links carry a sign-in token: its answers are never stored
/// (by the host's output cache nor any other), indexed, or sent as a referrer.
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
