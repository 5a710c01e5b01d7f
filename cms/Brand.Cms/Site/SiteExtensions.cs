using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Cultures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme;

namespace Brand.Cms.Site;

/// <summary>The public site: resolves each URL against the published cache and lets the theme render it.</summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        // The theme's assets (a Razor Class Library) are served in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorPages();
        // Anti-forgery and cookie keys live in the data folder with everything else the app writes.
        builder.Services.AddDataProtection().SetApplicationName("Brand.Cms");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<DataPaths>((options, paths) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.Keys), NullLoggerFactory.Instance));
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // The theme's error page; never a stack trace outside Development.
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.Use(ResolveContent);
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapGet("/", RedirectToCulture);
        app.MapRazorPages();
        return app;
    }

    /// <summary>"/" goes to the visitor's language, French by default.</summary>
    private static IResult RedirectToCulture(HttpContext context, CultureSet cultures)
    {
        context.Response.Headers.Vary = "Accept-Language";
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(cultures.Contains) ?? cultures.Default.Code;
        return Results.Redirect("/" + preferred);
    }

    private static Task ResolveContent(HttpContext context, RequestDelegate next)
    {
        var cache = context.RequestServices.GetRequiredService<PublishedContentCache>();
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && cache.IsReady
            && context.Request.Path.Value is { Length: > 1 } path
            && cache.Current.GetByRoute(path) is { Type.HasTemplate: true } content)
        {
            context.Features.Set(new ContentRequestFeature(content));
        }

        return next(context);
    }
}
