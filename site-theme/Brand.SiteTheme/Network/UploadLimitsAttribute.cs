using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.Network;

/// <summary>
/// Raises a Razor Page's request limits to the documents it accepts, before anything reads the form: the
/// anti-forgery check, an authorization filter too, reads it first, so this one runs before every other.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApplicationUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            StagedUploads.AllowBody(http, http.RequestServices.GetRequiredService<IOptions<NetworkOptions>>().Value);
        }
    }
}
