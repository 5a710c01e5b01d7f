using Brand.PublicApi.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Brand.PublicApi.OpenApi;

/// <summary>
/// One OpenAPI document for every REST endpoint of the public API, and its reference page (Scalar, served
/// from the NuGet package: no CDN script or fonts, no telemetry, no AI chat). An endpoint is in the document when it
/// uses <see cref="ApiAccess.RequirePublicApiAccess"/>; <c>.ExcludeFromDescription()</c> keeps one out, and
/// <c>.WithTags()</c> / <c>.WithSummary()</c> / <c>.WithDescription()</c> / <c>.Produces&lt;T&gt;()</c> describe it.
/// </summary>
/// <remarks>It lives with the delivery API, the first REST endpoints; it belongs to the whole public API.</remarks>
public static class PublicApiOpenApi
{
    public const string DocumentName = "public";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string DocumentUrl = "/openapi/public.json";
    public const string ReferenceUrl = "/api-reference";

    public static IServiceCollection AddPublicApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = IsPublicApi;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Croissance Connectée — public API",
                    Version = "v2",
                    Description = "Published content of the Croissance Connectée site, read-only and open to all. The content delivery "
                        + "endpoints follow Umbraco's Content Delivery API v2, so front-ends written for Umbraco can read this site. "
                        + $"Anonymous callers have a per-minute quota per IP address; partners send a key in the {ApiAccess.KeyHeader} header. "
                        + "Errors are RFC 9457 problem documents whose detail names the parameter to fix.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(new CountParameters());
        });

    /// <summary>GET /openapi/public.json and the reference page at /api-reference.</summary>
    public static IEndpointRouteBuilder MapPublicApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentRoute).RequirePublicApiAccess();
        endpoints.MapScalarApiReference(ReferenceUrl, options => options
            .WithTitle("Croissance Connectée — public API")
            .WithOpenApiRoutePattern(DocumentRoute)
            .AddDocument(DocumentName)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools());
        return endpoints;
    }

    private static bool IsPublicApi(ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<IEnableCorsAttribute>().Any(c => c.PolicyName == ApiAccess.CorsPolicy);

    /// <summary>
    /// skip and take are bound as text (so a bad value gets a message, not the binder's empty 400): the
    /// document still shows them as what they accept, whole numbers from 0.
    /// </summary>
    private sealed class CountParameters : IOpenApiOperationTransformer
    {
        public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter is { In: ParameterLocation.Query, Name: "skip" or "take" })
                {
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" };
                }
            }

            return Task.CompletedTask;
        }
    }
}
