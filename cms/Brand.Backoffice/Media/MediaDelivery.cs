using System.Text;
using System.Text.RegularExpressions;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Brand.Backoffice.Media;

/// <summary>
/// The public URL of a media file, /media/{key}{ext}: no sign-in, as the site's pages show them. A key never
/// changes content (a new file is a new key), but a file can be withdrawn (a photo whose consent is taken back):
/// answers are cached one day only, not as immutable, so a deleted file leaves browsers and proxies within a
/// day; the ETag keeps the daily revalidation a 304. The type sent is the one detected at upload, with nosniff,
/// so a browser never reads an image as HTML.
/// </summary>
public static partial class MediaDelivery
{
    public const string Prefix = "/media/";

    public static string UrlOf(MediaItem item) => Prefix + MediaFileStore.FileName(item.Key, item.Extension ?? "");

    public static IEndpointConventionBuilder MapMediaDelivery(this IEndpointRouteBuilder app) =>
        app.MapMethods(Prefix + "{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).AllowAnonymous();

    private static async Task<IResult> ServeAsync(string file, HttpContext http, IDbContextFactory<BackofficeDbContext> dbFactory, MediaFileStore files)
    {
        if (FileNamePattern().Match(file) is not { Success: true } match || !Guid.TryParseExact(match.Groups["key"].Value, "D", out var key))
        {
            return Results.NotFound();
        }

        var extension = match.Groups["ext"].Value.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var item = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Key == key && !m.IsFolder, http.RequestAborted);
        var path = item is null ? null : files.PathOf(item.Key, item.Extension ?? "");
        if (item is not { ContentType: { } contentType } || item.Extension != extension || !File.Exists(path))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=86400";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = SafeName(item.Name) + extension }.ToString();
        return Results.File(path!, contentType, lastModified: item.CreatedAt, entityTag: new EntityTagHeaderValue($"\"{item.Key:N}\""), enableRangeProcessing: true);
    }

    /// <summary>The item's name reduced to letters, digits, dashes and underscores: never a path, a quote or a header break.</summary>
    public static string SafeName(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var safe = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                safe.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '.' or '\'' or ',')
            {
                safe.Append('-');
            }
        }

        var result = MultipleDashes().Replace(safe.ToString(), "-").Trim('-');
        return result.Length == 0 ? "fichier" : result[..Math.Min(result.Length, 80)];
    }

    [GeneratedRegex(@"^(?<key>[0-9a-fA-F-]{36})(?<ext>\.(png|jpg|gif|webp|pdf))$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleDashes();
}
