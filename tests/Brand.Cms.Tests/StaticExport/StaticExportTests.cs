using System.Text.RegularExpressions;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.StaticExport;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>The mirror of the seeded site: complete, in both cultures, with links that all lead somewhere.</summary>
public sealed partial class StaticExportTests(StaticMirrorFixture mirror) : IClassFixture<StaticMirrorFixture>
{
    [Fact]
    public void Export_SeededSite_CompletesWithoutFailureOrBrokenLink()
    {
        var result = mirror.Result;
        Assert.True(result.Status == StaticExportStatus.Completed, $"{result.Status}: {result.Message} {string.Join("; ", result.Failed)}");
        Assert.Empty(result.Failed);
        Assert.Empty(result.BrokenLinks);
        Assert.True(result.Pages > 200, $"{result.Pages} pages");
        Assert.Equal(result.Pages, Directory.EnumerateFiles(result.Folder, "*.html", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void LinkChecker_EveryExportedPage_FindsNoBrokenLink()
    {
        var checker = new MirrorLinkChecker(mirror.Folder);
        var broken = checker.Check();

        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join('\n', broken.Take(30)));
        Assert.Equal(mirror.Result.Pages, checker.FilesChecked);
        Assert.True(checker.LinksChecked > 10_000, $"only {checker.LinksChecked} links checked");
    }

    [Fact]
    public void LinkChecker_AMissingTargetOrFragment_IsReported()
    {
        // The checker must be able to fail: a page with one good and three bad links.
        var folder = Directory.CreateTempSubdirectory("brand-linkcheck-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "fr"));
            File.WriteAllText(Path.Combine(folder, "fr", "index.html"),
                "<a href=\"../index.html#top\">ok</a><a href=\"absent/index.html\">no file</a><a href=\"../index.html#nowhere\">no id</a><a href=\"index.html?page=2\">query</a>");
            File.WriteAllText(Path.Combine(folder, "index.html"), "<main id=\"top\"></main>");

            var broken = new MirrorLinkChecker(folder).Check();

            Assert.Equal(["../index.html#nowhere", "absent/index.html", "index.html?page=2"], broken.Select(b => b.Link).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Export_EveryPublishedPage_IsWrittenInBothCultures()
    {
        var snapshot = mirror.Site.Get<PublishedContentCache>().Current;
        foreach (var culture in new[] { "fr", "en" })
        {
            var home = snapshot.SiteRoot(culture)!;
            var pages = home.Descendants.Prepend(home).Where(p => p.Type.HasTemplate && p.Url is not null).ToList();
            Assert.NotEmpty(pages);
            var missing = pages.Where(p => !File.Exists(Path.Combine(mirror.Folder, p.Url!.Trim('/'), "index.html"))).Select(p => p.Url).ToList();
            Assert.True(missing.Count == 0, $"{culture}: not exported: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Export_FeedsSitemapRobotsAnd404_AreWrittenWithThePublicAddress()
    {
        foreach (var file in new[] { "feeds/news.xml", "feeds/news.en.xml", "feeds/events.ics", "feeds/events.en.ics", "sitemap.xml", "robots.txt", "404.html", "index.html" })
        {
            Assert.True(File.Exists(Path.Combine(mirror.Folder, file)), $"{file} is missing");
        }

        Assert.Contains($"<loc>{StaticMirrorFixture.PublicBase}/fr</loc>", mirror.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {StaticMirrorFixture.PublicBase}/sitemap.xml", mirror.Read("robots.txt"), StringComparison.Ordinal);
        Assert.Contains("<language>en</language>", mirror.Read("feeds/news.en.xml"), StringComparison.Ordinal);
        Assert.Contains("BEGIN:VCALENDAR", mirror.Read("feeds/events.ics"), StringComparison.Ordinal);
        // An event's own calendar file, linked from its page.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(mirror.Folder, "fr", "evenements"), "*.ics"));
        // The theme's assets, DSFR included, are copied.
        Assert.True(File.Exists(Path.Combine(mirror.Folder, "_content", "Brand.SiteTheme", "lib", "dsfr", "dsfr.min.css")));
        // The 404 page links from the root: a web server shows it at any depth.
        Assert.Contains("href=\"/_content/Brand.SiteTheme/lib/dsfr/dsfr.min.css\"", mirror.Read("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Pages_KeepNoLinkToTheAppHostAndCarryTheNotice()
    {
        var loopback = mirror.Site.Http.BaseAddress!.Authority;
        foreach (var file in Directory.EnumerateFiles(mirror.Folder, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var relative = Path.GetRelativePath(mirror.Folder, file);
            Assert.DoesNotContain(loopback, html, StringComparison.Ordinal);
            foreach (var (attribute, link) in MirrorLinkChecker.Links(html))
            {
                // Same-site links are relative (404.html aside); absolute ones name other sites or the canonical address.
                Assert.False(relative != "404.html" && link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal), $"{relative}: {attribute}=\"{link}\"");
            }

            if (html.Contains("<header", StringComparison.Ordinal))
            {
                Assert.Contains("id=\"copie-de-secours\"", html, StringComparison.Ordinal);
                Assert.Contains(html.Contains("<html lang=\"en\"", StringComparison.Ordinal) ? "Emergency copy of the site" : "Copie de secours du site", html, StringComparison.Ordinal);
            }
        }

        // Canonical and hreflang stay absolute, on the public address.
        Assert.Contains($"<link rel=\"canonical\" href=\"{StaticMirrorFixture.PublicBase}/fr/evenements\"", mirror.Read("fr/evenements/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Forms_AreDisabledWithANoticeInThePageLanguage()
    {
        foreach (var (file, notice) in new[] { ("fr/rejoindre-le-reseau/index.html", "Ce formulaire ne fonctionne pas"), ("en/index.html", "This form does not work") })
        {
            var html = mirror.Read(file);
            var forms = FormOpen().Matches(html);
            Assert.NotEmpty(forms);
            foreach (Match form in forms)
            {
                var after = html[(form.Index + form.Length)..];
                Assert.StartsWith("<div class=\"fr-alert fr-alert--warning", after, StringComparison.Ordinal);
                Assert.Contains(notice, after[..400], StringComparison.Ordinal);
                Assert.Contains(MirrorNotices.DisabledOpen, after[..600], StringComparison.Ordinal);
            }

            Assert.DoesNotContain("method=\"post\" action=\"http", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("fr", "/fr/annuaire")]
    [InlineData("en", "/en/directory")]
    public async Task Export_DirectoryByRegion_ListsTheActorsOfTheLiveDirectoryFilteredByThatRegion(string culture, string directory)
    {
        var page = mirror.Read(directory.Trim('/') + "/index.html");
        var regions = RegionLink().Matches(page).Select(m => (Href: m.Groups["href"].Value, Code: m.Groups["code"].Value)).ToList();
        Assert.True(regions.Count >= 10, $"{culture}: {regions.Count} region links");
        foreach (var (href, code) in regions)
        {
            var file = Path.Combine(mirror.Folder, directory.Trim('/'), href);
            Assert.True(File.Exists(file), $"{href} is missing");
            var exported = ActorLinks(File.ReadAllText(file), Path.GetDirectoryName(file)!);

            var live = await mirror.Site.Http.GetStringAsync($"{directory}?region={code}");
            var expected = ActorLinks(live, null);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, exported);
        }
    }

    /// <summary>The actors listed in a directory page, as site paths ("/fr/annuaire/exemple-x").</summary>
    private List<string> ActorLinks(string html, string? folder)
    {
        var start = html.IndexOf("id=\"annuaire-liste\"", StringComparison.Ordinal);
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return [.. CardLink().Matches(html[start..end]).Select(m => m.Groups["href"].Value).Distinct().Select(href => folder is null
            ? href
            : "/" + Path.GetRelativePath(mirror.Folder, Path.GetFullPath(Path.Combine(folder, href))).Replace("/index.html", "", StringComparison.Ordinal))];
    }

    [GeneratedRegex("""<form\b[^>]*>""")]
    private static partial Regex FormOpen();

    [GeneratedRegex(@"<a class=""fr-tag"" href=""(?<href>region/(?<code>[0-9A-Za-z]+)/index\.html)")]
    private static partial Regex RegionLink();

    [GeneratedRegex(@"<h3 class=""fr-card__title""><a href=""(?<href>[^""]+)")]
    private static partial Regex CardLink();
}
