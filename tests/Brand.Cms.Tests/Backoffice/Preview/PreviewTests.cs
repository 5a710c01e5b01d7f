using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Review;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.Backoffice.Preview;

/// <summary>Private preview links: the draft rendered by the public theme, for anyone with the link, until it expires.</summary>
public sealed class PreviewTests
{
    private const string Banner = "Aperçu du brouillon – non publié";

    [Fact]
    public async Task ANeverPublishedItem_RendersWithTheThemesLayout_WithoutSignIn_WhileItsPublicUrlIs404()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var article = await DraftArticles.CreateAsync(server, "Article encore secret");

        var link = await PreviewLinkAsync(writer, article.Id, "fr");
        using var preview = await server.Http.GetAsync(link); // no cookie: a colleague who got the link
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(Banner, html, StringComparison.Ordinal);
        Assert.Contains("Article encore secret", html, StringComparison.Ordinal);
        Assert.Contains("Résumé de Article encore secret", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#contenu\"", html, StringComparison.Ordinal); // the public theme's layout, not the backoffice's
        Assert.Contains("/_content/Brand.SiteTheme/css/site.css", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", html, StringComparison.Ordinal);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("noindex", preview.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        using var publicPage = await server.Http.GetAsync("/fr/actualites/" + article.Draft.Segments["fr"]);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.Null(server.Get<PublishedContentCache>().Current.GetById(article.Id, "fr"));
    }

    [Fact]
    public async Task APublishedItem_PreviewsItsNewDraft_WhileVisitorsStillSeeThePublishedText()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(server, "Article publié");
        SiteTree.Ok(await server.Get<PublishingService>().PublishAsync(article.Id, null, "test"));
        await DraftArticles.ChangeAsync(server, article.Id, d => d.With("summary", "fr", "Le chapeau du brouillon."));

        var link = await PreviewLinkAsync(editor, article.Id, "fr");
        var preview = await server.Http.GetStringAsync(link);
        var published = await server.Http.GetStringAsync(server.Get<PublishedContentCache>().Current.GetById(article.Id, "fr")!.Url);

        Assert.Contains("Le chapeau du brouillon.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Le chapeau du brouillon.", published, StringComparison.Ordinal);
        Assert.DoesNotContain(Banner, published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredLink_Is410_AndATamperedOneIs404_EachSayingWhy()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database, clock);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var article = await DraftArticles.CreateAsync(server, "Article éphémère");
        var link = await PreviewLinkAsync(writer, article.Id, "fr");
        var token = link["/preview/".Length..];
        var tampered = "/preview/" + token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        using (var forged = await server.Http.GetAsync(tampered))
        {
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
            Assert.Contains("n'est pas valide", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromMinutes(59));
        using (var stillValid = await server.Http.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await server.Http.GetAsync(link);
        var html = WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("a expiré", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Article éphémère", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakingALink_WithoutSigningIn_IsRefused()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var article = await DraftArticles.CreateAsync(server, "Article fermé");

        using var response = await server.Http.PostAsync($"/backoffice/content/{article.Id}/preview?culture=fr", new FormUrlEncodedContent([]));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"got {response.StatusCode}");
    }

    /// <summary>POST /backoffice/content/{id}/preview?culture=…, as the editor's "save and preview" does; returns the link it redirects to.</summary>
    private static async Task<string> PreviewLinkAsync(BackofficeSession session, int id, string culture)
    {
        using var response = await session.PostFormAsync($"/backoffice/content/{id}/preview?culture={culture}", []);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"preview answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/preview/", location, StringComparison.Ordinal);
        return location;
    }
}
