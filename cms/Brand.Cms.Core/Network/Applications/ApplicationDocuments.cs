using System.Security.Cryptography;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Content;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>A PDF received with a form that is not yet submitted (or failed validation): kept so the applicant need not attach it again.</summary>
public sealed record StagedDocument(string Id, string FileName, long Length);

/// <summary>
/// The applicants' PDFs, under data/network/ (Brand:SharedPath): never in the public media, never served but to network
/// managers. A file is checked by its content (a PDF starts with "%PDF-" and ends with "%%EOF"), not by
/// its name or the browser's type. A file posted with a form that then fails validation is staged under a
/// random id which the form carries, so a correction does not mean attaching it again.
/// </summary>
public sealed class ApplicationDocuments(DataPaths paths, IOptions<NetworkOptions> options, TimeProvider clock)
{
    public const string Field = "documents";

    /// <summary>The error code of a file refused because the server's disk is full.</summary>
    public const string DiskFullCode = "diskFull";

    private string Staging => Path.Combine(paths.Network, "staged");

    private string Stored => Path.Combine(paths.Network, "applications");

    /// <summary>Keeps an uploaded file if it is a PDF within the size limit; otherwise says why (field <see cref="Field"/>).</summary>
    public async Task<OperationResult<StagedDocument>> StageAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var name = CleanName(fileName);
        var max = options.Value.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        // Read at most one byte past the limit: a huge upload is refused without being held in memory whole.
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return OperationResult<StagedDocument>.Invalid([new PropertyError(Field, null, "size", $"{name} is larger than {max / (1024 * 1024)} MB")]);
            }
        }

        if (!LooksLikePdf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return OperationResult<StagedDocument>.Invalid([new PropertyError(Field, null, "type", $"{name} is not a PDF document")]);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(Staging);
        buffer.Position = 0;
        var pdf = Path.Combine(Staging, id + ".pdf");
        var label = Path.Combine(Staging, id + ".name");
        try
        {
            await using (var file = File.Create(pdf))
            {
                await buffer.CopyToAsync(file, ct);
            }

            await File.WriteAllTextAsync(label, name, ct);
        }
        catch (IOException ex) when (DiskFull.Is(ex))
        {
            // Nothing half-written stays behind: a truncated PDF would later be attached as if whole.
            File.Delete(pdf);
            File.Delete(label);
            return OperationResult<StagedDocument>.Invalid([new PropertyError(Field, null, DiskFullCode, $"no space left on the server's disk for {name}")]);
        }

        return OperationResult<StagedDocument>.Ok(new StagedDocument(id, name, buffer.Length));
    }

    /// <summary>A staged file by the id the form carried; null when unknown, malformed or purged.</summary>
    public StagedDocument? FindStaged(string? id)
    {
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var pdf = new FileInfo(Path.Combine(Staging, id + ".pdf"));
        var name = Path.Combine(Staging, id + ".name");
        return pdf.Exists && File.Exists(name) ? new StagedDocument(id, File.ReadAllText(name), pdf.Length) : null;
    }

    /// <summary>
    /// Takes staged files for one application before it is stored: a rename, which only one of two requests
    /// can win, so a double click on "send" makes one application, not two, nor one without its files.
    /// False (and nothing taken) when a file is gone: sent already, or purged.
    /// </summary>
    public bool TryClaim(IReadOnlyList<StagedDocument> staged)
    {
        var claimed = new List<StagedDocument>();
        foreach (var document in staged)
        {
            try
            {
                File.Move(Path.Combine(Staging, document.Id + ".pdf"), Claimed(document));
                claimed.Add(document);
            }
            catch (Exception ex) when (ex is FileNotFoundException or IOException)
            {
                foreach (var taken in claimed)
                {
                    File.Move(Claimed(taken), Path.Combine(Staging, taken.Id + ".pdf"));
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>Puts claimed files back in staging, when the application could not be stored (database unreachable): the form can be sent again.</summary>
    public void Release(IReadOnlyList<StagedDocument> claimed)
    {
        foreach (var document in claimed.Where(d => File.Exists(Claimed(d))))
        {
            File.Move(Claimed(document), Path.Combine(Staging, document.Id + ".pdf"), overwrite: true);
        }
    }

    /// <summary>Moves a claimed file (<see cref="TryClaim"/>) under its application; the row to store is returned.</summary>
    public ApplicationDocument Attach(long applicationId, StagedDocument staged)
    {
        var folder = Path.Combine(Stored, applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var storedName = staged.Id + ".pdf";
        File.Move(Claimed(staged), Path.Combine(folder, storedName), overwrite: true);
        File.Delete(Path.Combine(Staging, staged.Id + ".name"));
        return new ApplicationDocument
        {
            ApplicationId = applicationId,
            FileName = staged.FileName,
            StoredName = storedName,
            Length = staged.Length,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
    }

    private string Claimed(StagedDocument staged) => Path.Combine(Staging, staged.Id + ".claimed");

    /// <summary>The stored file, for a network manager; null if it vanished from disk.</summary>
    public Stream? Open(ApplicationDocument document)
    {
        var path = Path.Combine(Stored, document.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(document.StoredName));
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Removes an application's files (when the application itself is deleted).</summary>
    public void DeleteAll(long applicationId)
    {
        var folder = Path.Combine(Stored, applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes staged files older than a day: forms abandoned after a validation error.</summary>
    public int PurgeStaged()
    {
        if (!Directory.Exists(Staging))
        {
            return 0;
        }

        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(1);
        var purged = 0;
        foreach (var file in new DirectoryInfo(Staging).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before))
        {
            file.Delete();
            purged++;
        }

        return purged;
    }

    public static bool LooksLikePdf(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content[..5].SequenceEqual("%PDF-"u8))
        {
            return false;
        }

        // The end marker sits in the last kilobyte (trailing whitespace or a few bytes of junk are common).
        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>The file's name without any folder, control characters or excess length: shown, never used as a path.</summary>
    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "document.pdf";
        }

        return name.Length > ApplicationLimits.FileName ? name[..(ApplicationLimits.FileName - 4)] + ".pdf" : name;
    }
}
