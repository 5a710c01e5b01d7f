using Brand.Cms.Core;
using System.Globalization;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Media;
using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// What every view of one request needs: the item, its culture, the snapshot it came from, the home page
/// and the settings node. Built once per request from the host's services, so the theme needs no registration
/// of its own: the host only has to put a <see cref="ContentRequestFeature"/> in the request.
/// </summary>
public sealed class ThemeContext
{
    private const string ItemsKey = "Brand.SiteTheme.ThemeContext";
    private PublishedContent? _settings;
    private PageMeta? _meta;
    private int _ids;
    private bool _settingsRead;
    private readonly IMediaLookup _media;

    private ThemeContext(HttpContext http, PublishedContent? item, string culture)
    {
        Http = http;
        Item = item;
        Culture = culture;
        var cache = http.RequestServices.GetRequiredService<PublishedContentCache>();
        // Taken once: picked items, settings and the home of pages without an item all come from one snapshot,
        // even if a publish lands while the page renders (the item itself comes from the one the host resolved it in).
        Snapshot = cache.IsReady ? cache.Current : null;
        Model = http.RequestServices.GetRequiredService<ContentModel>();
        Clock = http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        _media = http.RequestServices.GetService<IMediaLookup>() ?? new NoMediaLookup();
        Format = new ThemeFormat(culture);
    }

    public HttpContext Http { get; }

    /// <summary>The published item of the URL; null on the error and sitemap pages.</summary>
    public PublishedContent? Item { get; }

    public string Culture { get; }

    public PublishedSnapshot? Snapshot { get; }

    public ContentModel Model { get; }

    public CultureSet Cultures => Model.Cultures;

    public TimeProvider Clock { get; }

    public ThemeFormat Format { get; }

    public CultureInfo CultureInfo => Format.CultureInfo;

    /// <summary>Scheme and host of the request, for canonical and Open Graph URLs.</summary>
    public string BaseUrl => $"{Http.Request.Scheme}://{Http.Request.Host}{Http.Request.PathBase}";

    /// <summary>The home page of this culture (the item's top ancestor, or the snapshot's site root).</summary>
    public PublishedContent? Home => Item is not null ? Item.Ancestors.LastOrDefault() ?? Item : Snapshot?.SiteRoot(Culture);

    /// <summary>The siteSettings data node of this culture: a root without a template.</summary>
    public PublishedContent? Settings
    {
        get
        {
            if (!_settingsRead)
            {
                _settings = Snapshot?.Roots(Culture).FirstOrDefault(r => r.ContentType == "siteSettings");
                _settingsRead = true;
            }

            return _settings;
        }
    }

    /// <summary>The service name from the settings, "Croissance Connectée" when they are not published.</summary>
    public string SiteName => Settings?.Value<string>("siteName") ?? "Croissance Connectée";

    /// <summary>The head of the page, which templates may complete while they render.</summary>
    public PageMeta Meta => _meta ??= new PageMeta(this);

    /// <summary>Set by pages that are not content items (sitemap): their title and URL in each culture.</summary>
    public VirtualPage? Virtual { get; set; }

    /// <summary>Picks the French or English wording of a theme label. Only these two cultures are configured.</summary>
    public string T(string fr, string en) => Culture == "fr" ? fr : en;

    /// <summary>A unique element id for this page ("faq-3"), for aria-controls and label targets.</summary>
    public string NextId(string prefix) => $"{prefix}-{++_ids}";

    /// <summary>A picked item (content picker, link) in this culture, when public in it.</summary>
    public PublishedContent? ByKey(Guid key) => Snapshot?.GetByKey(key, Culture);

    /// <summary>
    /// The media file picked in <paramref name="alias"/>, when the library still has it: a deleted or unknown
    /// file gives null, and the template then shows nothing rather than a broken image.
    /// </summary>
    public MediaReference? Media(PublishedContent item, string alias) => item.Value<Guid?>(alias) is { } key ? _media.Find(key) : null;

    public MediaReference? Media(Guid key) => _media.Find(key);

    public DateOnly Today => ParisCalendar.Today(Clock);

    public string Absolute(string path) => BaseUrl + path;

    public static ThemeContext For(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemsKey, out var existing) && existing is ThemeContext context)
        {
            return context;
        }

        var item = http.Features.Get<ContentRequestFeature>()?.Content;
        context = new ThemeContext(http, item, item?.Culture ?? CultureOfPath(http));
        http.Items[ItemsKey] = context;
        return context;
    }

    /// <summary>The culture of the page that failed (/en/... → en), for the error page; the default one otherwise.</summary>
    private static string CultureOfPath(HttpContext http)
    {
        var cultures = http.RequestServices.GetRequiredService<CultureSet>();
        var path = http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? http.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? http.Request.Path.Value
            ?? "";
        var first = path.TrimStart('/').Split('/', 2)[0].ToLowerInvariant();
        return cultures.Contains(first) ? first : cultures.Default.Code;
    }
}

/// <summary>A page the theme renders itself (no content item): its title and its path in each culture.</summary>
public sealed record VirtualPage(string Title, IReadOnlyDictionary<string, string> Urls, PublishedContent? Parent = null);
