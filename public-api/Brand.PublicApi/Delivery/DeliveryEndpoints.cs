using System.ComponentModel;
using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Access;
using Brand.PublicApi.Delivery.Contracts;
using Brand.PublicApi.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brand.PublicApi.Delivery;

/// <summary>
/// Umbraco's Content Delivery API v2 routes. Handlers only settle the request's context, call
/// <see cref="ContentDelivery"/> and map its outcome to HTTP, here and nowhere else.
/// </summary>
public static class DeliveryEndpoints
{
    public const string Prefix = "/umbraco/delivery/api/v2";
    public const string Tag = "Content delivery (Umbraco v2)";

    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).RequirePublicApiAccess().WithTags(Tag);

        api.MapGet("/content/item/{id:guid}", ItemById)
            .WithName("GetContentItemById")
            .WithSummary("Gets a content item by id")
            .WithDescription("One published item by its key (a GUID), in the culture of Accept-Language. 404 when it is not published in that culture.")
            .Produces<ApiContentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/content/item/{**path}", ItemByPath)
            .WithName("GetContentItemByPath")
            .WithSummary("Gets a content item by route")
            .WithDescription("One published item by its path: the site's URL (/fr/evenements/…, read in that culture), a path below the "
                + "site's home in the culture of Accept-Language (/evenements/…), or a path below the Start-Item root. "
                + "No path: the home page (or the Start-Item root).")
            .Produces<ApiContentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/content/items", Items)
            .WithName("GetContentItems")
            .WithSummary("Gets content items by id")
            .WithDescription("Several published items by key, in the order asked; those not published in the culture are left out.")
            .Produces<ApiContentResponse[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/content", Query)
            .WithName("GetContentQuery")
            .WithSummary("Gets content items from a query")
            .WithDescription("Published items selected by fetch, filtered (every filter must match), sorted and paged: "
                + "{ total, items }. A malformed parameter answers 400 with a detail naming it.")
            .Produces<PagedApiContentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static IResult ItemById(
        [Description("The item's key (a GUID), as in id and route.startItem.id.")] Guid id,
        [AsParameters] OutputParameters output, HttpContext http, PublishedContentCache cache, ApiMediaSource media, ContentDelivery delivery) =>
        Respond(http, cache, media, output, context => delivery.Item(context, id.ToString(), output));

    private static IResult ItemByPath(
        [Description("The item's path, e.g. fr/evenements/webinaire-site-vitrine-en-un-mois (route.path) or evenements/… below the home page.")] string? path,
        [AsParameters] OutputParameters output, HttpContext http, PublishedContentCache cache, ApiMediaSource media, ContentDelivery delivery) =>
        Respond(http, cache, media, output, context => delivery.Item(context, path, output));

    private static IResult Items([AsParameters] ItemsParameters parameters, HttpContext http, PublishedContentCache cache, ApiMediaSource media, ContentDelivery delivery) =>
        Respond(http, cache, media, parameters, context => delivery.Items(context, parameters));

    private static IResult Query([AsParameters] QueryParameters parameters, HttpContext http, PublishedContentCache cache, ApiMediaSource media, ContentDelivery delivery) =>
        Respond(http, cache, media, parameters, context => delivery.Query(context, parameters));

    /// <summary>
    /// The one place outcomes become HTTP. Errors always carry a problem body: the host's status-code pages
    /// only replace empty ones, so API clients get JSON, never the site's HTML error page.
    /// </summary>
    private static IResult Respond<T>(HttpContext http, PublishedContentCache cache, ApiMediaSource media, OutputParameters headers,
        Func<DeliveryContext, Outcome<Delivered<T>>> read)
    {
        if (!cache.IsReady)
        {
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "The published content is still loading; retry in a few seconds.");
        }

        var context = DeliveryContext.Resolve(cache.Current, headers.AcceptLanguage, headers.StartItem, media.For(http.Request));
        if (!context.Succeeded)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, context.Message!);
        }

        if (NotModified(http, context.Value!, media.Version))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var outcome = read(context.Value!);
        if (outcome.Succeeded)
        {
            http.Response.Headers.ContentLanguage = outcome.Value!.Culture;
            return TypedResults.Json(outcome.Value.Body, DeliveryJson.Options);
        }

        http.Response.Headers.Remove("ETag");
        return new ProblemResult(outcome.Status == DeliveryStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, outcome.Message!);
    }

    /// <summary>
    /// Tags the response with its snapshot and says whether the caller already has it. A response depends only
    /// on the URL, the two headers, the snapshot (a new one on every publish and restart) and the media library
    /// (picked files' URLs and alternative texts), so the tag is exact.
    /// </summary>
    private static bool NotModified(HttpContext http, DeliveryContext context, long mediaVersion)
    {
        var snapshot = context.Snapshot;
        var etag = string.Create(CultureInfo.InvariantCulture,
            $"W/\"{snapshot.BuiltAt.Ticks:x}-{snapshot.Position:x}-{mediaVersion:x}-{context.Culture}-{context.StartItem?.Key:N}\"");
        http.Response.Headers.ETag = etag;
        http.Response.Headers.Vary = "Accept-Language, Start-Item";
        return http.Request.Headers.IfNoneMatch.Any(value => value is not null
            && value.Split(',').Any(tag => tag.Trim() is var trimmed && (trimmed == etag || trimmed == "*")));
    }

    /// <summary>An RFC 9457 problem in the shape every public API error has (<see cref="ApiError"/>).</summary>
    private sealed class ProblemResult(int status, string message) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public Task ExecuteAsync(HttpContext httpContext) => ApiError.WriteAsync(httpContext, status, message, httpContext.RequestAborted);
    }
}
