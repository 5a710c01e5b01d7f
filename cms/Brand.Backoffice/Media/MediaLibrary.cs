using Brand.Backoffice.Audit;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice.Media;

/// <summary>
/// Changes to the media library other than uploads: folders, names and alternative texts, moves, deletion.
/// Every call writes one audit entry with the item's name, alt texts and folder before and after.
/// Permissions are the caller's (the pages check them before calling).
/// </summary>
public sealed class MediaLibrary(IDbContextFactory<BackofficeDbContext> dbFactory, MediaFileStore files, MediaUsage usage,
    PublicMediaLookup published, AuditLog audit, TimeProvider clock, ILogger<MediaLibrary> logger)
{
    public const int MaxNameLength = 200;
    public const int MaxAltLength = 500;

    public async Task<MediaResult> CreateFolderAsync(HttpContext http, int? parentId, string? name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var folder = new MediaItem { Key = Guid.NewGuid(), ParentId = parentId, IsFolder = true, Name = (name ?? "").Trim() };
        var errors = new Dictionary<string, string>();
        if (parentId is { } id && !await db.Media.AnyAsync(m => m.Id == id && m.IsFolder, ct))
        {
            return MediaResult.NotFound();
        }

        await CheckFolderNameAsync(db, folder, errors, ct);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(http, MediaActions.FolderCreate, $"media-folder:{parentId?.ToString() ?? "root"}", AuditOutcome.Failed, string.Join(" ", errors.Values));
            return MediaResult.Invalid(errors);
        }

        Stamp(folder, http, created: true);
        db.Media.Add(folder);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(http, MediaActions.FolderCreate, MediaActions.Target(folder), AuditOutcome.Succeeded,
            after: MediaSnapshot.Of(folder, await FolderLabelAsync(db, folder.ParentId, ct)));
        return MediaResult.Ok(folder);
    }

    /// <summary>Renames a folder or a file and, for a file, changes its alternative texts.</summary>
    /// <param name="expectedVersion">The version the form was loaded with: a later change by someone else is a conflict.</param>
    public async Task<MediaResult> UpdateAsync(HttpContext http, int id, int expectedVersion, string? name, string? altFr, string? altEn, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Media.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } item)
        {
            return MediaResult.NotFound();
        }

        if (item.Version != expectedVersion)
        {
            await audit.RecordAsync(http, MediaActions.Update, MediaActions.Target(item), AuditOutcome.Failed, "conflict");
            return new MediaResult(MediaStatus.Conflict, item,
                $"{item.UpdatedBy} a modifié ce média entre-temps (le {Paris(item.UpdatedAt)}). Vos saisies sont conservées ci-dessous : vérifiez-les puis enregistrez à nouveau.");
        }

        var folder = await FolderLabelAsync(db, item.ParentId, ct);
        var before = MediaSnapshot.Of(item, folder);
        var errors = new Dictionary<string, string>();
        item.Name = (name ?? "").Trim();
        if (item.IsFolder)
        {
            await CheckFolderNameAsync(db, item, errors, ct);
        }
        else
        {
            CheckName(item, errors);
            item.AltJson = CheckAlt(item.ContentType, altFr, altEn, errors).ToJson();
        }

        if (errors.Count > 0)
        {
            await audit.RecordAsync(http, MediaActions.Update, MediaActions.Target(item), AuditOutcome.Failed, string.Join(" ", errors.Values), before);
            return MediaResult.Invalid(errors);
        }

        Stamp(item, http, created: false);
        await db.SaveChangesAsync(ct);
        await published.ChangedAsync(); // pages show the new alternative text from now on
        await audit.RecordAsync(http, MediaActions.Update, MediaActions.Target(item), AuditOutcome.Succeeded, null, before, MediaSnapshot.Of(item, folder));
        return MediaResult.Ok(item);
    }

    /// <summary>Moves a file or a folder into <paramref name="targetFolderId"/> (null: the root), never into itself or below itself.</summary>
    public async Task<MediaResult> MoveAsync(HttpContext http, int id, int? targetFolderId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Media.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } item)
        {
            return MediaResult.NotFound();
        }

        var folders = await MediaQueries.FoldersByIdAsync(db, ct);
        if (targetFolderId is { } target && !folders.ContainsKey(target))
        {
            return MediaResult.Invalid("ParentId", "Le dossier de destination n'existe pas ou plus.");
        }

        if (item.IsFolder && MediaQueries.Ancestors(folders, targetFolderId).Any(f => f.Id == item.Id))
        {
            await audit.RecordAsync(http, MediaActions.Move, MediaActions.Target(item), AuditOutcome.Failed, "into itself");
            return MediaResult.Invalid("ParentId", "Un dossier ne peut pas être déplacé dans lui-même ni dans l'un de ses sous-dossiers.");
        }

        var before = MediaSnapshot.Of(item, Label(folders, item.ParentId));
        item.ParentId = targetFolderId;
        Stamp(item, http, created: false);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(http, MediaActions.Move, MediaActions.Target(item), AuditOutcome.Succeeded, null, before, MediaSnapshot.Of(item, Label(folders, targetFolderId)));
        return MediaResult.Ok(item);
    }

    /// <summary>
    /// Deletes a file, or a folder when it is empty. A file that content still uses is deleted only with
    /// <paramref name="confirmed"/>: the person has seen the list of pages it will disappear from.
    /// </summary>
    public async Task<MediaResult> DeleteAsync(HttpContext http, int id, bool confirmed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Media.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } item)
        {
            return MediaResult.NotFound();
        }

        var before = MediaSnapshot.Of(item, await FolderLabelAsync(db, item.ParentId, ct));
        if (item.IsFolder && await db.Media.AnyAsync(m => m.ParentId == item.Id, ct))
        {
            await audit.RecordAsync(http, MediaActions.Delete, MediaActions.Target(item), AuditOutcome.Failed, "folder not empty", before);
            return new MediaResult(MediaStatus.Invalid, item, "Ce dossier n'est pas vide : déplacez ou supprimez d'abord ce qu'il contient.");
        }

        if (!item.IsFolder && !confirmed && await usage.WhereUsedAsync(item.Key, ct) is { Count: > 0 } uses)
        {
            await audit.RecordAsync(http, MediaActions.Delete, MediaActions.Target(item), AuditOutcome.Failed, $"used by {uses.Count} content item(s), not confirmed", before);
            return new MediaResult(MediaStatus.NeedsConfirmation, item,
                $"Ce média est utilisé par {uses.Count} contenu(s) listé(s) ci-dessous. Cochez la case de confirmation pour le supprimer quand même : il disparaîtra de ces pages.");
        }

        db.Media.Remove(item);
        await db.SaveChangesAsync(ct);
        await published.ChangedAsync(); // pages stop showing it from now on
        if (!item.IsFolder)
        {
            try
            {
                files.Delete(item.Key, item.Extension ?? "");
            }
            catch (IOException e)
            {
                // The row is gone, so the file is no longer served; it only takes space until removed by hand.
                logger.LogError(e, "Media {Key} deleted, but its file could not be removed", item.Key);
            }
        }

        await audit.RecordAsync(http, MediaActions.Delete, MediaActions.Target(item), AuditOutcome.Succeeded, confirmed ? "confirmed" : null, before);
        return MediaResult.Ok(item);
    }

    internal void Stamp(MediaItem item, HttpContext http, bool created)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = AuditLog.ActorOf(http.User);
        if (created)
        {
            item.CreatedAt = now;
            item.CreatedBy = actor;
        }

        item.UpdatedAt = now;
        item.UpdatedBy = actor;
        item.Version++;
    }

    internal static void CheckName(MediaItem item, Dictionary<string, string> errors)
    {
        if (item.Name.Length == 0)
        {
            errors["Name"] = item.IsFolder ? "Donnez un nom au dossier." : "Donnez un titre au fichier.";
        }
        else if (item.Name.Length > MaxNameLength)
        {
            errors["Name"] = $"Le nom doit faire au plus {MaxNameLength} caractères (il en fait {item.Name.Length}).";
        }
    }

    /// <summary>An image needs a French alternative text; English is optional. A PDF has none.</summary>
    internal static MediaAlt CheckAlt(string? contentType, string? altFr, string? altEn, Dictionary<string, string> errors)
    {
        if (contentType is null || !contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return new MediaAlt("", "");
        }

        var alt = new MediaAlt((altFr ?? "").Trim(), (altEn ?? "").Trim());
        if (alt.Fr.Length == 0)
        {
            errors["AltFr"] = "Le texte alternatif en français est obligatoire pour une image : décrivez ce qu'elle montre ou apporte au lecteur.";
        }
        else if (alt.Fr.Length > MaxAltLength)
        {
            errors["AltFr"] = $"Le texte alternatif doit faire au plus {MaxAltLength} caractères (il en fait {alt.Fr.Length}).";
        }

        if (alt.En.Length > MaxAltLength)
        {
            errors["AltEn"] = $"The alternative text must be at most {MaxAltLength} characters (it has {alt.En.Length}).";
        }

        return alt;
    }

    private static async Task CheckFolderNameAsync(BackofficeDbContext db, MediaItem folder, Dictionary<string, string> errors, CancellationToken ct)
    {
        CheckName(folder, errors);
        if (errors.Count == 0 && await db.Media.AnyAsync(m => m.IsFolder && m.ParentId == folder.ParentId && m.Id != folder.Id && m.Name == folder.Name, ct))
        {
            errors["Name"] = $"Un dossier « {folder.Name} » existe déjà ici.";
        }
    }

    internal static async Task<string> FolderLabelAsync(BackofficeDbContext db, int? folderId, CancellationToken ct) =>
        Label(await MediaQueries.FoldersByIdAsync(db, ct), folderId);

    private static string Label(IReadOnlyDictionary<int, MediaItem> folders, int? folderId) =>
        string.Join(" / ", MediaQueries.Ancestors(folders, folderId).Select(f => f.Name).Prepend(MediaQueries.RootName));

    private static string Paris(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Brand.Cms.Core.ParisCalendar.Zone)
            .ToString("d MMMM yyyy à HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
