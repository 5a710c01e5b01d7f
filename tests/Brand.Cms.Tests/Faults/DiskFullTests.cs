using System.Net;
using System.Text;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Media;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.Network;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// Brand:SharedPath (media library, applicants' PDFs) on a 2 MB tmpfs that is nearly full: an upload larger
/// than what is left gets a clear message with the form kept, and leaves nothing behind (no temporary file, no
/// partial file, no row); once space is freed an upload goes through.
/// </summary>
public sealed class DiskFullTests
{
    private const string DiskFullMessage = "Le disque du serveur est plein";

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MediaUpload_LargerThanTheFreeSpace_SaysTheDiskIsFull_KeepsTheForm_LeavesNothing_ThenSucceedsOnceFreed(DatabaseProvider provider)
    {
        using var disk = new TmpfsMount("2m");
        await using var database = TestDatabase.Create(provider);
        using var site = new SiteServer(database, settings: new Dictionary<string, string?> { ["Brand:SharedPath"] = disk.Path });
        using var editor = await BackofficeSession.SignInAsync(site, Roles.Editor);
        var media = Path.Combine(disk.Path, "media");
        var filler = disk.Fill(leave: 256 * 1024);

        using var refused = await MediaUploads.UploadAsync(editor, "rapport-annuel.pdf", Pdf(1024 * 1024), "Rapport annuel 2026", "Texte alternatif tapé");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InsufficientStorage, refused.StatusCode);
        Assert.Contains(DiskFullMessage, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Rapport annuel 2026\"", html, StringComparison.Ordinal);
        Assert.Contains("Texte alternatif tapé", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(media)); // no .tmp, no partial file under a served name
        Assert.Empty(await MediaUploads.ItemsAsync(site));

        File.Delete(filler);
        using var accepted = await MediaUploads.UploadAsync(editor, "affiche.png", MediaUploads.Png, "Affiche", "Une affiche");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var item = Assert.Single(await MediaUploads.ItemsAsync(site));
        Assert.Equal([Path.Combine(media, $"{item.Key:D}.png")], Directory.GetFiles(media));
    }

    [Fact]
    public async Task JoinFormPdf_LargerThanTheFreeSpace_SaysTheDiskIsFull_KeepsTheForm_LeavesNoStagedFile()
    {
        using var disk = new TmpfsMount("2m");
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var site = new SiteServer(database, settings: new Dictionary<string, string?> { ["Brand:SharedPath"] = disk.Path });
        var filler = disk.Fill(leave: 256 * 1024);

        using var refused = await JoinKit.PostAsync(site.Http, JoinKit.French, JoinKit.Fields("Les Connecteurs du disque plein"), ("statuts.pdf", Pdf(1024 * 1024)));
        var html = JoinKit.Decoded(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(DiskFullMessage, html, StringComparison.Ordinal);
        Assert.Contains("Les Connecteurs du disque plein", html, StringComparison.Ordinal);
        var staged = Path.Combine(disk.Path, "network", "staged");
        Assert.Empty(Directory.Exists(staged) ? Directory.GetFiles(staged) : []);

        File.Delete(filler);
        await JoinKit.ApplyAsync(site, "fr", "Les Connecteurs du disque plein", "camille@disque-plein.example", ("statuts.pdf", Pdf(1024 * 1024)));
    }

    /// <summary>A PDF as the sniffers take it (header, end marker) of about <paramref name="size"/> bytes.</summary>
    private static byte[] Pdf(int size)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n");
        var tail = Encoding.ASCII.GetBytes("\n%%EOF\n");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)' ');
        tail.CopyTo(bytes, size - tail.Length);
        return bytes;
    }
}
