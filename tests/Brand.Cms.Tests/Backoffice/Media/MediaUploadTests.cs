using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Media;

public sealed class MediaUploadTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadPng_WithAltText_IsListed_AndServedPubliclyWithItsDetectedType(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        using var upload = await MediaUploads.UploadAsync(editor, "affiche campagne.PNG", MediaUploads.Png, "Affiche de la campagne", "Une PME et son site web");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var item = Assert.Single(await MediaUploads.ItemsAsync(server));
        Assert.Equal(("image/png", ".png", 1, 1), (item.ContentType, item.Extension, item.Width, item.Height));
        Assert.Contains("Affiche de la campagne", await editor.GetStringAsync("/backoffice/media"), StringComparison.Ordinal);
        Assert.Equal([Path.Combine(server.DataPath, "media", $"{item.Key:D}.png")], MediaUploads.StoredFiles(server));

        using var served = await server.Http.GetAsync($"/media/{item.Key:D}.png");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(MediaUploads.Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=86400", served.Headers.CacheControl!.ToString());
        Assert.NotNull(served.Headers.ETag);
        Assert.Equal("inline", served.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Affiche-de-la-campagne.png", served.Content.Headers.ContentDisposition.FileNameStar);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{item.Key:D}.png");
        again.Headers.IfNoneMatch.Add(served.Headers.ETag);
        using var revalidated = await server.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        using var unknown = await server.Http.GetAsync($"/media/{Guid.NewGuid():D}.png");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var wrongExtension = await server.Http.GetAsync($"/media/{item.Key:D}.pdf");
        Assert.Equal(HttpStatusCode.NotFound, wrongExtension.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadPngName_WhoseBytesAreHtmlSvgOrAProgram_IsRefused_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        foreach (var bytes in new[] { MediaUploads.Html, MediaUploads.Svg, MediaUploads.Exe })
        {
            using var response = await MediaUploads.UploadAsync(editor, "photo.png", bytes, "Photo", "Une photo");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("ni une image PNG, JPEG, GIF ou WebP, ni un PDF", html, StringComparison.Ordinal);
            Assert.Contains("id=\"file-error\"", html, StringComparison.Ordinal);
        }

        Assert.Empty(await MediaUploads.ItemsAsync(server));
        Assert.Empty(MediaUploads.StoredFiles(server));
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Equal(3, await db.Audit.CountAsync(a => a.Action == "media.upload" && a.Outcome == AuditOutcome.Failed));
    }

    [Fact]
    public async Task UploadImage_WithoutFrenchAlt_IsRefusedNextToTheField_KeepingWhatWasTyped()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);

        using var response = await MediaUploads.UploadAsync(writer, "equipe.png", MediaUploads.Png, "Equipe au salon 2026", altFr: "  ", altEn: "The team");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("fr-input-group--error\">\\s*<label class=\"fr-label\" for=\"alt-fr\"", html);
        Assert.Contains("<p class=\"fr-error-text\" id=\"alt-fr-error\">Le texte alternatif en français est obligatoire", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"alt-fr-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Equipe au salon 2026\"", html, StringComparison.Ordinal);
        Assert.Contains(">The team</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("choisissez-le à nouveau", html, StringComparison.Ordinal);
        Assert.Empty(await MediaUploads.ItemsAsync(server));
        Assert.Empty(MediaUploads.StoredFiles(server));
    }

    [Fact]
    public async Task UploadOverTheLimit_IsRefused_NamingTheLimit()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["Backoffice:Media:MaxImageBytes"] = "1024" });
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        byte[] large = [.. MediaUploads.Png, .. new byte[2000]];

        using var response = await MediaUploads.UploadAsync(editor, "grande.png", large, "Grande", "Une grande image");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Cette image est trop lourde", html, StringComparison.Ordinal);
        Assert.Contains("la limite est de 1 Ko", html, StringComparison.Ordinal);
        Assert.Empty(await MediaUploads.ItemsAsync(server));
        Assert.Empty(MediaUploads.StoredFiles(server));
    }

    [Fact]
    public async Task UploadPdf_NeedsATitleButNoAlt()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

        using var untitled = await MediaUploads.UploadAsync(editor, "guide.pdf", pdf);
        using var titled = await MediaUploads.UploadAsync(editor, "guide.pdf", pdf, "Guide du numérique");

        Assert.Contains("id=\"name-error\">Donnez un titre au fichier.", await untitled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, titled.StatusCode);
        var item = Assert.Single(await MediaUploads.ItemsAsync(server));
        Assert.Equal(("application/pdf", ".pdf", "{}"), (item.ContentType, item.Extension, item.AltJson));
        using var served = await server.Http.GetAsync($"/media/{item.Key:D}.pdf");
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
    }

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];
}
