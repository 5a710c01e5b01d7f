using Brand.Backoffice.Audit;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Media;

/// <summary>What the upload form sends besides the file.</summary>
public sealed record MediaUpload(int? FolderId, string? Name, string? AltFr, string? AltEn);

/// <summary>
/// Adds an image or a PDF to the library. The file is written to a temporary name, its type found from its
/// bytes, its size and the form checked; only then is it renamed to "{Key}{ext}" and its row inserted. A
/// failure at any step (refused, cancelled, disk full) deletes the temporary file; a database failure after the
/// rename deletes the renamed file: no row without a file, no file without a row.
/// </summary>
public sealed class MediaUploader(IDbContextFactory<BackofficeDbContext> dbFactory, MediaFileStore files, MediaLibrary library,
    IOptions<MediaOptions> options, AuditLog audit, PublicMediaLookup published)
{
    public async Task<MediaResult> UploadAsync(HttpContext http, IFormFile? upload, MediaUpload form, CancellationToken ct = default)
    {
        var limits = options.Value;
        if (upload is null || upload.Length == 0)
        {
            return MediaResult.Invalid("File", "Choisissez un fichier : une image (PNG, JPEG, GIF, WebP) ou un PDF.");
        }

        var target = Truncate($"media-upload:{Path.GetFileName(upload.FileName)}", 128);
        if (upload.Length > Math.Max(limits.MaxImageBytes, limits.MaxPdfBytes))
        {
            return await RefuseAsync(http, target, $"Ce fichier est trop lourd ({MediaOptions.Describe(upload.Length)}) : la limite est de {MediaOptions.Describe(limits.MaxImageBytes)} pour une image et de {MediaOptions.Describe(limits.MaxPdfBytes)} pour un PDF.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (form.FolderId is { } folderId && !await db.Media.AnyAsync(m => m.Id == folderId && m.IsFolder, ct))
        {
            return MediaResult.NotFound();
        }

        var temporary = files.NewTemporaryPath();
        try
        {
            DetectedFile? detected;
            try
            {
                await using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
                await upload.CopyToAsync(stream, ct);
                await stream.FlushAsync(ct);
                detected = MediaSniffer.Detect(stream);
            }
            catch (IOException ex) when (DiskFull.Is(ex))
            {
                // The partial temporary file goes in the finally below; nothing else was written yet.
                var refused = MediaResult.DiskFull();
                await audit.RecordAsync(http, MediaActions.Upload, target, AuditOutcome.Failed, $"disk full: {ex.Message}");
                return refused;
            }

            if (detected is null)
            {
                return await RefuseAsync(http, target, "Ce fichier n'est ni une image PNG, JPEG, GIF ou WebP, ni un PDF : son contenu a été vérifié, quel que soit son nom. Les images SVG ne sont pas acceptées.");
            }

            if (upload.Length > limits.LimitFor(detected))
            {
                return await RefuseAsync(http, target, detected.IsImage
                    ? $"Cette image est trop lourde ({MediaOptions.Describe(upload.Length)}) : la limite est de {MediaOptions.Describe(limits.MaxImageBytes)}."
                    : $"Ce PDF est trop lourd ({MediaOptions.Describe(upload.Length)}) : la limite est de {MediaOptions.Describe(limits.MaxPdfBytes)}.");
            }

            var item = new MediaItem
            {
                Key = Guid.NewGuid(),
                ParentId = form.FolderId,
                Name = (form.Name ?? "").Trim(),
                ContentType = detected.ContentType,
                Extension = detected.Extension,
                Size = upload.Length,
                Width = detected.Width,
                Height = detected.Height,
                OriginalName = Truncate(Path.GetFileName(upload.FileName), MediaLibrary.MaxNameLength),
            };
            if (item.Name.Length == 0 && detected.IsImage)
            {
                item.Name = Truncate(Path.GetFileNameWithoutExtension(item.OriginalName), MediaLibrary.MaxNameLength);
            }

            var errors = new Dictionary<string, string>();
            MediaLibrary.CheckName(item, errors);
            item.AltJson = MediaLibrary.CheckAlt(item.ContentType, form.AltFr, form.AltEn, errors).ToJson();
            if (errors.Count > 0)
            {
                await audit.RecordAsync(http, MediaActions.Upload, target, AuditOutcome.Failed, string.Join(" ", errors.Values));
                return MediaResult.Invalid(errors);
            }

            library.Stamp(item, http, created: true);
            files.Commit(temporary, item.Key, item.Extension);
            try
            {
                db.Media.Add(item);
                await db.SaveChangesAsync(CancellationToken.None); // the file is in place: finish or undo, not half of it
            }
            catch
            {
                files.Delete(item.Key, item.Extension);
                throw;
            }

            await published.ChangedAsync(); // pickable and shown on pages at once
            await audit.RecordAsync(http, MediaActions.Upload, MediaActions.Target(item), AuditOutcome.Succeeded,
                $"{item.ContentType}, {item.Size} bytes, from \"{item.OriginalName}\"", after: MediaSnapshot.Of(item, await MediaLibrary.FolderLabelAsync(db, item.ParentId, ct)));
            return MediaResult.Ok(item);
        }
        finally
        {
            File.Delete(temporary); // nothing to do once renamed
        }
    }

    private async Task<MediaResult> RefuseAsync(HttpContext http, string target, string message)
    {
        await audit.RecordAsync(http, MediaActions.Upload, target, AuditOutcome.Failed, message);
        return MediaResult.Invalid("File", message);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
