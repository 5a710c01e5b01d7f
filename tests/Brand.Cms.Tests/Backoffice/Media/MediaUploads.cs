using System.Net.Http.Headers;
using System.Text;
using Brand.Backoffice.Media;
using Brand.Backoffice.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Media;

/// <summary>Files and multipart posts for the media tests, as a browser's upload form would send them.</summary>
internal static class MediaUploads
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    public static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    public static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[64]];

    /// <summary>Posts the upload form; the browser's Content-Type is always "image/png", to show it is not believed.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(BackofficeSession session, string fileName, byte[] bytes,
        string? name = null, string? altFr = null, string? altEn = null, int? folder = null)
    {
        var token = await session.TokenAsync("/backoffice/media/upload");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "UploadedFile", fileName);
        foreach (var (key, value) in new[] { ("Name", name), ("AltFr", altFr), ("AltEn", altEn), ("__RequestVerificationToken", token) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), key);
            }
        }

        return await session.Http.PostAsync("/backoffice/media/upload" + (folder is null ? "" : $"?folder={folder}"), form);
    }

    public static async Task<List<MediaItem>> ItemsAsync(SiteServer server)
    {
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        return await db.Media.AsNoTracking().ToListAsync();
    }

    /// <summary>Every file in data/media, temporary ones included.</summary>
    public static string[] StoredFiles(SiteServer server)
    {
        var folder = Path.Combine(server.DataPath, "media");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
