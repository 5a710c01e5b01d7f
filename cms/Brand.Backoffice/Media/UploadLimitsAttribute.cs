using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Media;

/// <summary>
/// Raises the request body and multipart limits to the configured media limits, on the upload page only. It
/// runs first among authorization filters because the anti-forgery check reads the form, and the limits must
/// be in place before the body is read. Attributes cannot take configured values, hence this filter.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Features.Get<IFormFeature>()?.Form is not null)
        {
            return;
        }

        var max = http.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRequestBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = max;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = max, ValueCountLimit = 64 }));
    }
}
