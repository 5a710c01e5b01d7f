using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// Answers a form posted to a content page's own URL. Registered as a keyed service under the document type
/// alias it handles; a type without one answers 405. The handler leaves whatever the template needs to
/// re-display the form in <see cref="HttpContext.Features"/>: the template reads it from there.
/// </summary>
public interface IContentFormHandler
{
    Task<ContentFormOutcome> PostAsync(HttpContext http, PublishedContent item, CancellationToken ct);
}

/// <summary>What a posted form leads to: the page rendered again with a status, or a 303 to another URL.</summary>
public sealed record ContentFormOutcome(int StatusCode, string? SeeOther = null)
{
    public static ContentFormOutcome Render(int statusCode = StatusCodes.Status200OK) => new(statusCode);

    public static ContentFormOutcome Redirect(string url) => new(StatusCodes.Status303SeeOther, url);
}
