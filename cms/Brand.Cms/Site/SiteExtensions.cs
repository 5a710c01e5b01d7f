using Brand.Backoffice.DataProtection;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Indexing;
using Brand.Cms.Feeds;
using Brand.SiteTheme;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Brand.Cms.Site;

/// <summary>The public site: resolves each URL against the published cache and lets the theme render it.</summary>
public static class SiteExtensions
{
    /// <summary>The output-cache policy of public pages: varies by query string, evicted on every publish.</summary>
    public const string CachePolicy = "content";

    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        // The theme's assets (a Razor Class Library) are served in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorPages();
        builder.Services.AddSiteTheme();
        // Evicted on every publish; the short expiry is for what changes with the clock alone
        // (an event becoming past, an aid scheme closing, a label expiring).
        builder.Services.AddOutputCache(options => options.AddPolicy(CachePolicy, policy =>
            policy.Tag(OutputCacheEviction.Tag).SetVaryByQuery("*").Expire(TimeSpan.FromMinutes(1))
                // Keyed by the journal positions the page was rendered at: a page still rendering from the old snapshot or
                // index when the eviction ran is stored under the old key, never served after the change.
                .VaryByValue(c => KeyValuePair.Create("journal", ContentPositions(c)))
                // Razor Pages are mapped once for the theme and the backoffice: signed-in and private pages are never cached.
                .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/backoffice") && !c.HttpContext.Request.Path.StartsWithSegments("/preview"))));
        // French pages are mostly accented letters: write them as UTF-8, not as &#xE9; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<OutputCacheEviction>();
        builder.Services.AddSingleton<IPublishedSnapshotListener>(sp => sp.GetRequiredService<OutputCacheEviction>());
        builder.Services.AddSingleton<ISearchIndexListener>(sp => sp.GetRequiredService<OutputCacheEviction>());
        // Anti-forgery and cookie keys live in the database every node shares: a session opened on one node is valid
        // on all, with no sticky sessions. Keys an older install kept in DataPath/keys are copied in at first use.
        builder.Services.AddDataProtection().SetApplicationName("Brand.Cms");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
            options.XmlRepository = new DatabaseXmlRepository(services.GetRequiredService<IDbContextFactory<BackofficeDbContext>>(),
                services.GetRequiredService<DataPaths>().Keys, services.GetRequiredService<ILogger<DatabaseXmlRepository>>()));
        return builder;
    }

    private static string ContentPositions(HttpContext context)
    {
        var cache = context.RequestServices.GetRequiredService<PublishedContentCache>();
        var index = context.RequestServices.GetRequiredService<Brand.Cms.Core.Search.SearchIndexes>().External.Index;
        return $"{(cache.IsReady ? cache.Current.Position : 0)}:{index.Position}";
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        // Behind a reverse proxy on the same machine (nginx terminating TLS), the scheme and client address come
        // from X-Forwarded-Proto/-For: the backoffice's cookies are then Secure, links https, audit IPs real.
        // Only loopback proxies are trusted (ASP.NET's default), so a client cannot forge them.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        if (!app.Environment.IsDevelopment())
        {
            // The theme's error page; never a stack trace outside Development.
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Static files before routing: otherwise the theme's catch-all page claims /_content/… first.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseOutputCache();
        app.Use(ResolveContent);
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapGet("/", RedirectToCulture);
        app.MapSitemap();
        app.MapFeeds();
        app.MapRazorPages().CacheOutput(CachePolicy);
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

    /// <summary>
    /// Finds the published item of the URL for the theme; answers an event's ".ics" itself; sends an
    /// old URL of an item (renamed or moved) to its current one with a 301.
    /// </summary>
    private static async Task ResolveContent(HttpContext context, RequestDelegate next)
    {
        var cache = context.RequestServices.GetRequiredService<PublishedContentCache>();
        // A POST reaches the page too: the theme hands it to the form handler of the item's type (or answers 405).
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!(read || HttpMethods.IsPost(context.Request.Method))
            || !cache.IsReady || context.Request.Path.Value is not { Length: > 1 } path)
        {
            await next(context);
            return;
        }

        var snapshot = cache.Current;
        if (read && path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)
            && snapshot.GetByRoute(path[..^4]) is { ContentType: "event" } calendarEvent)
        {
            context.Response.ContentType = EventCalendar.ContentType;
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{calendarEvent.UrlSegment}.ics\"";
            await context.Response.WriteAsync(EventCalendar.Serialize([calendarEvent], PublicBaseUrl.Of(context.Request)));
            return;
        }

        if (snapshot.GetByRoute(path) is { Type.HasTemplate: true } content)
        {
            context.Features.Set(new ContentRequestFeature(content));
        }
        // A redirected POST would come back as a GET and lose what was posted: only reads follow a move.
        else if (read && snapshot.RedirectFor(path) is { } moved)
        {
            context.Response.Redirect(moved + context.Request.QueryString, permanent: true);
            return;
        }

        await next(context);
    }
}
