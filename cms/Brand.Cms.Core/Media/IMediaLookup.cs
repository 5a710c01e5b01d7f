namespace Brand.Cms.Core.Media;

/// <summary>
/// Finds what a media picker's key stands for, synchronously: pages and API answers render many of them and
/// read an in-memory copy, never the database. The engine knows no media library, so by default every key is
/// unknown (<see cref="NoMediaLookup"/>); the backoffice registers the real one.
/// </summary>
public interface IMediaLookup
{
    /// <summary>The file, or null when no file of the library has this key (deleted, never uploaded, or a folder).</summary>
    MediaReference? Find(Guid key);

    /// <summary>
    /// Changes whenever a file is added, changed or removed (and only then), so answers that show media can be
    /// tagged (ETag) with it alongside the content snapshot.
    /// </summary>
    long Version { get; }
}

/// <summary>The lookup of a site without a media library: it knows no file, so pickers render nothing.</summary>
public sealed class NoMediaLookup : IMediaLookup
{
    public MediaReference? Find(Guid key) => null;

    public long Version => 0;
}
