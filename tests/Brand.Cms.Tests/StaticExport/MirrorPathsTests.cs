using Brand.Cms.StaticExport;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>URL → file of the mirror, and the relative links between files.</summary>
public sealed class MirrorPathsTests
{
    private static readonly MirrorPaths _paths = new(
        new HashSet<string>(StringComparer.Ordinal) { "/_content/Brand.SiteTheme/css/site.css", "/_content/Brand.SiteTheme/lib/leaflet/leaflet.js" },
        path => path is "/fr/annuaire" or "/en/directory");

    [Theory]
    [InlineData("/", "", "/", "index.html")]
    [InlineData("/fr/evenements", "", "/fr/evenements", "fr/evenements/index.html")]
    [InlineData("/fr/evenements/", "?page=3", "/fr/evenements?page=3", "fr/evenements/page/3/index.html")]
    [InlineData("/fr/annuaire", "?region=84", "/fr/annuaire?region=84", "fr/annuaire/region/84/index.html")]
    [InlineData("/fr/annuaire", "?region=84&page=2", "/fr/annuaire?region=84&page=2", "fr/annuaire/region/84/page/2/index.html")]
    [InlineData("/fr/evenements", "?region=84", "/fr/evenements", "fr/evenements/index.html")]
    [InlineData("/fr/annuaire", "?region=84&specialty=cloud", "/fr/annuaire", "fr/annuaire/index.html")]
    [InlineData("/fr/annuaire", "?page=1", "/fr/annuaire", "fr/annuaire/index.html")]
    [InlineData("/fr/recherche", "?q=site", "/fr/recherche", "fr/recherche/index.html")]
    [InlineData("/feeds/news.xml", "?lang=en", "/feeds/news.xml?lang=en", "feeds/news.en.xml")]
    [InlineData("/open-data", "?lang=en", "/open-data?lang=en", "open-data/lang/en/index.html")]
    [InlineData("/_content/Brand.SiteTheme/css/site.css", "?v=abc", "/_content/Brand.SiteTheme/css/site.css", "_content/Brand.SiteTheme/css/site.css")]
    [InlineData("/_content/Brand.SiteTheme/lib/leaflet/", "", "/_content/Brand.SiteTheme/lib/leaflet/", "_content/Brand.SiteTheme/lib/leaflet/")]
    public void Map_SitePath_GivesTheFileAndTheUrlToFetch(string path, string query, string url, string file)
    {
        var target = _paths.Map(path, query);

        Assert.NotNull(target);
        Assert.Equal(url, target.Url);
        Assert.Equal(file, target.File);
    }

    [Theory]
    [InlineData("/backoffice")]
    [InlineData("/backoffice/content")]
    [InlineData("/graphql")]
    [InlineData("/fr/%2E%2E/%2E%2E/etc")]
    [InlineData("/%2Ftmp%2Fmirror-escape.html")]
    [InlineData("/media/%2Fetc%2Fcron.d%2Fx.txt")]
    [InlineData("/feeds/..%2F..%2Fx.xml")]
    public void Map_LiveOnlyOrEscapingPath_IsNotMirrored(string path) => Assert.Null(_paths.Map(path, ""));

    [Theory]
    [InlineData("fr/evenements/x/index.html", "fr/evenements/index.html", "../index.html")]
    [InlineData("fr/x/y/index.html", "fr/evenements/index.html", "../../evenements/index.html")]
    [InlineData("fr/index.html", "_content/Brand.SiteTheme/css/site.css", "../_content/Brand.SiteTheme/css/site.css")]
    [InlineData("index.html", "fr/index.html", "fr/index.html")]
    [InlineData("fr/annuaire/index.html", "fr/annuaire/region/84/index.html", "region/84/index.html")]
    [InlineData("fr/annuaire/index.html", "fr/annuaire/index.html", "index.html")]
    public void Relative_BetweenTwoFiles_WalksUpThenDown(string from, string to, string expected) =>
        Assert.Equal(expected, MirrorPaths.Relative(from, to));
}
