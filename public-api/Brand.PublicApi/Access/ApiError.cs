using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Brand.PublicApi.Access;

/// <summary>
/// Errors of the public API, in the shape each caller reads: GraphQL clients get {"errors":[{"message"}]},
/// REST and download clients an RFC 9457 problem document. The message always names what to fix.
/// </summary>
public static class ApiError
{
    public static Task WriteAsync(HttpContext context, int status, string message, CancellationToken ct)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentType = "application/json; charset=utf-8";
            return JsonSerializer.SerializeAsync(response.Body, new { errors = new[] { new { message } } }, cancellationToken: ct);
        }

        response.ContentType = "application/problem+json; charset=utf-8";
        return JsonSerializer.SerializeAsync(response.Body, new
        {
            type = "about:blank",
            title = ReasonPhrases.GetReasonPhrase(status),
            status,
            detail = message,
        }, cancellationToken: ct);
    }
}
