using System.Xml.Linq;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Site;

namespace Brand.Cms.Feeds;

/// <summary>/sitemap.xml with every public page in every culture and its alternates; /robots.txt pointing to it.</summary>
public static class SitemapEndpoints
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _xhtml = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", Sitemap).CacheOutput(SiteExtensions.CachePolicy);
        endpoints.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nDisallow: /backoffice\nAllow: /\n\nSitemap: {PublicBaseUrl.Of(context.Request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static IResult Sitemap(HttpContext context, PublishedContentCache cache, CultureSet cultures)
    {
        var snapshot = cache.Current;
        var baseUrl = PublicBaseUrl.Of(context.Request);
        var urls = new XElement(_sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", _xhtml));
        foreach (var culture in cultures.Codes)
        {
            if (snapshot.SiteRoot(culture) is not { } home)
            {
                continue;
            }

            foreach (var page in home.Descendants.Prepend(home).Where(IsListed))
            {
                var alternates = page.Cultures.Select(c => page.InCulture(c)).OfType<PublishedContent>().Where(a => a.Url is not null).ToList();
                urls.Add(new XElement(_sitemap + "url",
                    new XElement(_sitemap + "loc", baseUrl + page.Url),
                    new XElement(_sitemap + "lastmod", page.UpdateDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    alternates.Select(a => new XElement(_xhtml + "link",
                        new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.Culture), new XAttribute("href", baseUrl + a.Url)))));
            }
        }

        return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), urls).Declaration + "\n" + urls, "application/xml; charset=utf-8");
    }

    private static bool IsListed(PublishedContent page) => page.Type.HasTemplate && page.Url is not null && !page.Value<bool>("noIndex");
}
