using Brand.Cms.Core.Configuration;

namespace Brand.Backoffice.Media;

/// <summary>
/// The files of the media library under data/media, named "{Key}{Extension}". An upload is written to a
/// temporary file in the same folder and renamed into place once complete and accepted (a rename within one
/// folder is atomic), so a failed or cancelled upload never leaves a half-written file under a served name.
/// </summary>
public sealed class MediaFileStore(DataPaths paths)
{
    public string PathOf(Guid key, string extension) => Path.Combine(paths.Media, FileName(key, extension));

    public static string FileName(Guid key, string extension) => key.ToString("D") + extension;

    /// <summary>A fresh temporary path; the caller deletes it in a finally (a no-op once committed).</summary>
    public string NewTemporaryPath()
    {
        Directory.CreateDirectory(paths.Media);
        return Path.Combine(paths.Media, ".upload-" + Guid.NewGuid().ToString("N") + ".tmp");
    }

    public void Commit(string temporaryPath, Guid key, string extension) => File.Move(temporaryPath, PathOf(key, extension));

    public void Delete(Guid key, string extension) => File.Delete(PathOf(key, extension));
}
