using Brand.PublicApi.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Brand.Cms.Tests.PublicApi.Access;

/// <summary>
/// A stand-in public API endpoint at <see cref="Path"/> (GET and POST, with <c>RequirePublicApiAccess</c>), so the
/// access tests need none of the real endpoints. It answers the partner the request was counted for.
/// Register it with <c>services.AddSingleton&lt;IStartupFilter, AccessTestEndpoint&gt;()</c>.
/// </summary>
public sealed class AccessTestEndpoint : IStartupFilter
{
    public const string Path = "/access-test";
    public const string Anonymous = "(anonymous)";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // A routing step of its own before the app's pipeline: the app's routing then finds an endpoint already
        // chosen and keeps it, so everything the app runs after routing (CORS, keys, quotas) runs on this one
        // as on a real API endpoint, and the app's endpoint middleware executes it.
        app.UseRouting();
        next(app);
        app.UseEndpoints(endpoints => endpoints
            .MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => context.Features.Get<ApiAccess.Caller>()?.Partner ?? Anonymous)
            .RequirePublicApiAccess());
    };
}
