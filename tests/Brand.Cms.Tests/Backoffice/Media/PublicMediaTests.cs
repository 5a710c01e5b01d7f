using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Brand.Backoffice.Media;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.PublicApi.GraphQL;

namespace Brand.Cms.Tests.Backoffice.Media;

/// <summary>Files picked in content, as visitors and API clients see them: images with their alt text, PDFs as downloads.</summary>
public sealed class PublicMediaTests
{
    private const string AltFr = "Une dirigeante de PME présente son site web";
    private const string AltEn = "A small business owner shows her website";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PickedImage_ShowsOnThePage_WithTheAltTextOfEachCulture_AndInBothApis(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var image = await UploadAsync(server, editor, "dirigeante.png", MediaUploads.Png, "Dirigeante et son site", AltFr, AltEn);
        var article = await PublishedAsync(server, "newsArticle");

        var (frUrl, enUrl) = await PickAsync(server, article, "image", image.Key);

        var src = $"/media/{image.Key:D}.png";
        var fr = await PageAsync(server, frUrl);
        Assert.Contains($"<img class=\"fr-responsive-img\" src=\"{src}\" alt=\"{AltFr}\" width=\"1\" height=\"1\" loading=\"lazy\" />", fr, StringComparison.Ordinal);
        var en = await PageAsync(server, enUrl);
        Assert.Contains($"src=\"{src}\" alt=\"{AltEn}\"", en, StringComparison.Ordinal);
        Assert.DoesNotContain(AltFr, en, StringComparison.Ordinal);
        using (var file = await server.Http.GetAsync(src))
        {
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        }

        var absolute = new Uri(server.Http.BaseAddress!, src).ToString();
        var graph = (await server.Http.PostAsync(
            "query($path: String!) { route(path: $path) { ... on NewsArticle { image imageMedia { key url mediaType contentType width height alt } } } }",
            new { path = enUrl })).Ok()["route"]!;
        Assert.Equal(image.Key.ToString(), graph["image"]!.GetValue<string>()); // the key field is as it was
        var media = graph["imageMedia"]!;
        Assert.Equal((absolute, "Image", "image/png", 1, 1, AltEn),
            (media["url"]!.GetValue<string>(), media["mediaType"]!.GetValue<string>(), media["contentType"]!.GetValue<string>(),
             media["width"]!.GetValue<int>(), media["height"]!.GetValue<int>(), media["alt"]!.GetValue<string>()));

        var delivered = await DeliveredAsync(server, article.Key, "fr");
        var reference = Assert.Single(delivered.GetProperty("properties").GetProperty("image").EnumerateArray());
        Assert.Equal(image.Key, reference.GetProperty("id").GetGuid());
        Assert.Equal((absolute, "Image", "png", 1, 1, AltFr),
            (reference.GetProperty("url").GetString(), reference.GetProperty("mediaType").GetString(), reference.GetProperty("extension").GetString(),
             reference.GetProperty("width").GetInt32(), reference.GetProperty("height").GetInt32(), reference.GetProperty("alt").GetString()));
    }

    [Fact]
    public async Task ImageWithoutEnglishAlt_UsesTheFrenchOneOnTheEnglishPage()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var image = await UploadAsync(server, editor, "visuel.png", MediaUploads.Png, "Visuel", AltFr, altEn: "");
        var story = await PublishedAsync(server, "successStory");

        var (_, enUrl) = await PickAsync(server, story, "image", image.Key);

        Assert.Contains($"src=\"/media/{image.Key:D}.png\" alt=\"{AltFr}\"", await PageAsync(server, enUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeCampaignVisual_ShowsInTheHeroBand()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var visual = await UploadAsync(server, editor, "campagne.png", MediaUploads.Png, "Visuel de campagne", AltFr, AltEn);
        var home = await PublishedAsync(server, "home");

        var (frUrl, _) = await PickAsync(server, home, "heroImage", visual.Key);

        var page = await PageAsync(server, frUrl);
        var band = page[page.IndexOf("cc-band", StringComparison.Ordinal)..page.IndexOf("</h1>", StringComparison.Ordinal)];
        Assert.Contains("fr-col-lg-7", band, StringComparison.Ordinal);
        var afterTitle = page[page.IndexOf("</h1>", StringComparison.Ordinal)..];
        Assert.Contains($"src=\"/media/{visual.Key:D}.png\" alt=\"{AltFr}\"", afterTitle[..afterTitle.IndexOf("fr-container fr-my-6w", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickedPdf_OnAResource_IsADownloadLink_WithItsTitleTypeAndSize()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        // 1.2 MiB, so the size is written with a decimal.
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(new byte[1_258_291 - 9]).ToArray();
        var guide = await UploadAsync(server, editor, "guide.pdf", pdf, "Guide de la cybersécurité");
        var resource = await PublishedAsync(server, "resource");

        var (frUrl, enUrl) = await PickAsync(server, resource, "attachment", guide.Key);

        var href = $"/media/{guide.Key:D}.pdf";
        var fr = WebUtility.HtmlDecode(await PageAsync(server, frUrl));
        Assert.Contains($"<a class=\"fr-link fr-link--download\" href=\"{href}\" download>", fr, StringComparison.Ordinal);
        Assert.Contains("Télécharger Guide de la cybersécurité", fr, StringComparison.Ordinal);
        Assert.Contains("<span class=\"fr-link__detail\">PDF – 1,2 Mo</span>", fr, StringComparison.Ordinal);
        Assert.DoesNotContain($"<img class=\"fr-responsive-img\" src=\"{href}\"", fr, StringComparison.Ordinal);
        var en = WebUtility.HtmlDecode(await PageAsync(server, enUrl));
        Assert.Contains("Download Guide de la cybersécurité", en, StringComparison.Ordinal);
        Assert.Contains("PDF – 1.2 MB", en, StringComparison.Ordinal);
        using var file = await server.Http.GetAsync(href);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);

        var reference = (await DeliveredAsync(server, resource.Key, "fr")).GetProperty("properties").GetProperty("attachment")[0];
        Assert.Equal(("File", "pdf", pdf.Length, JsonValueKind.Null), (reference.GetProperty("mediaType").GetString(),
            reference.GetProperty("extension").GetString(), reference.GetProperty("bytes").GetInt32(), reference.GetProperty("alt").ValueKind));
    }

    [Fact]
    public async Task KeyWithNoMedia_RendersNothing_AndThePageIsStill200()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var missing = Guid.NewGuid();
        var article = await PublishedAsync(server, "newsArticle");

        var (frUrl, _) = await PickAsync(server, article, "image", missing);

        var page = await PageAsync(server, frUrl);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain(missing.ToString(), page, StringComparison.OrdinalIgnoreCase);
        var graph = (await server.Http.PostAsync(
            "query($path: String!) { route(path: $path) { ... on NewsArticle { image imageMedia { url } } } }", new { path = frUrl })).Ok()["route"]!;
        Assert.Equal(missing.ToString(), graph["image"]!.GetValue<string>());
        Assert.Null(graph["imageMedia"]);
        var reference = (await DeliveredAsync(server, article.Key, "fr")).GetProperty("properties").GetProperty("image")[0];
        Assert.Equal(missing, reference.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, reference.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task DeletedImage_DisappearsFromTheApis_AtOnce()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var image = await UploadAsync(server, editor, "ancien.png", MediaUploads.Png, "Ancien visuel", AltFr, AltEn);
        var article = await PublishedAsync(server, "newsArticle");
        var (frUrl, _) = await PickAsync(server, article, "image", image.Key);
        Assert.Contains($"/media/{image.Key:D}.png", await PageAsync(server, frUrl), StringComparison.Ordinal);

        using (var delete = await editor.PostFormAsync($"/backoffice/media/{image.Id}?handler=Delete", new() { ["ConfirmDelete"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        }

        var reference = (await DeliveredAsync(server, article.Key, "fr")).GetProperty("properties").GetProperty("image")[0];
        Assert.Equal(JsonValueKind.Null, reference.GetProperty("url").ValueKind);
    }

    private static async Task<MediaItem> UploadAsync(SiteServer server, BackofficeSession editor, string fileName, byte[] bytes, string name,
        string? altFr = null, string? altEn = null)
    {
        using var response = await MediaUploads.UploadAsync(editor, fileName, bytes, name, altFr, altEn);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await MediaUploads.ItemsAsync(server)).Single(m => m.Name == name);
    }

    /// <summary>A seeded item of that type published in both cultures.</summary>
    private static async Task<ContentItem> PublishedAsync(SiteServer server, string contentType) =>
        (await server.Get<ContentQueries>().AllAsync())
            .First(i => i.ContentType == contentType && !i.Trashed && i.IsPublished("fr") && i.IsPublished("en"));

    /// <summary>Sets the picker through the engine, publishes, and gives the item's French and English URLs.</summary>
    private static async Task<(string Fr, string En)> PickAsync(SiteServer server, ContentItem item, string alias, Guid key)
    {
        var draft = item.Draft.With(alias, "", key.ToString());
        var saved = await server.Get<ContentEditor>().SaveAsync(item.Id, item.Version, draft, "test");
        Assert.True(saved.Value is not null, string.Join("; ", saved.Errors.Select(e => $"{e.Property}: {e.Message}")));
        var published = await server.Get<PublishingService>().PublishAsync(item.Id, null, "test");
        Assert.True(published.Value is not null, string.Join("; ", published.Errors.Select(e => $"{e.Property}: {e.Message}")));
        var snapshot = server.Get<PublishedContentCache>().Current;
        Assert.Equal(key, snapshot.GetById(item.Id, "fr")?.Value<Guid?>(alias));
        return (snapshot.GetById(item.Id, "fr")!.Url!, snapshot.GetById(item.Id, "en")!.Url!);
    }

    private static async Task<string> PageAsync(SiteServer server, string url)
    {
        using var response = await server.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonElement> DeliveredAsync(SiteServer server, Guid key, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{key:D}");
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];
}
