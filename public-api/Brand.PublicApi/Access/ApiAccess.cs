using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.Access;

/// <summary>
/// What every public API endpoint shares: CORS open to any origin (the data is public and read-only), and a
/// per-minute quota per IP address, or per partner key. Endpoints opt in with <see cref="RequirePublicApiAccess"/>.
/// </summary>
public static class ApiAccess
{
    public const string KeyHeader = "X-Api-Key";
    public const string CorsPolicy = "public-api";
    public const string RateLimitPolicy = "public-api";

    /// <summary>The partner recognised from the request's key, set by <see cref="UsePublicApiAccess"/>.</summary>
    public sealed record Caller(string? Partner, string Partition);

    public static IServiceCollection AddPublicApiAccess(this IServiceCollection services)
    {
        services.AddOptions<ApiAccessOptions>().BindConfiguration(ApiAccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiAccessOptions>, ApiAccessOptionsValidator>();
        services.AddSingleton<PartnerKeys>();
        // The backoffice replaces this with the keys made in it (it removes this registration and adds its own).
        services.TryAddSingleton<IPartnerKeySource, NoPartnerKeySource>();
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "POST")
            .WithHeaders("Content-Type", "Accept", "Accept-Language", "If-None-Match", "If-Modified-Since", KeyHeader)
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After", "Content-Disposition")));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, context =>
            {
                var access = context.RequestServices.GetRequiredService<IOptions<ApiAccessOptions>>().Value;
                var caller = context.Features.Get<Caller>() ?? Identify(context);
                return RateLimitPartition.GetFixedWindowLimiter(caller.Partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = caller.Partner is null ? access.AnonymousPerMinute : access.PartnerPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ApiError.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"Too many requests: the quota is per minute. Retry after {seconds} s, or ask the mission for a partner key ({KeyHeader} header).", ct);
            };
        });
        return services;
    }

    /// <summary>After routing: CORS, then the key check, then the quota, each only on endpoints that ask for them.</summary>
    public static IApplicationBuilder UsePublicApiAccess(this IApplicationBuilder app)
    {
        app.UseCors();
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PublicApiMarker>() is null)
            {
                await next(context);
                return;
            }

            var caller = Identify(context);
            if (context.Request.Headers.ContainsKey(KeyHeader) && caller.Partner is null)
            {
                // A wrong key is a mistake to point out, not a reason to fall back to the anonymous quota silently.
                await ApiError.WriteAsync(context, StatusCodes.Status401Unauthorized, $"{KeyHeader}: this key is not known. Leave the header out to use the anonymous quota.", context.RequestAborted);
                return;
            }

            context.Features.Set(caller);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>CORS, partner keys and the quota for these endpoints.</summary>
    public static TBuilder RequirePublicApiAccess<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicApiMarker()).RequireCors(CorsPolicy).RequireRateLimiting(RateLimitPolicy);

    private static Caller Identify(HttpContext context)
    {
        if (context.Request.Headers[KeyHeader] is [{ Length: > 0 } key]
            && context.RequestServices.GetRequiredService<PartnerKeys>().PartnerOf(key) is { } partner)
        {
            return new Caller(partner, "key:" + partner);
        }

        return new Caller(null, "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"));
    }

    private sealed class PublicApiMarker;
}
