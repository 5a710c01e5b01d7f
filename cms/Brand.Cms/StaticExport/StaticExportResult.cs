namespace Brand.Cms.StaticExport;

public enum StaticExportStatus
{
    /// <summary>Every page rendered; the mirror replaced the folder's previous content.</summary>
    Completed,

    /// <summary>Some pages answered an error or timed out: the mirror was still written, without them.</summary>
    PagesFailed,

    /// <summary>The folder exists, is not empty and is not a previous mirror: nothing was touched.</summary>
    FolderRefused,

    /// <summary>The search index (the directory reads it) did not open in time.</summary>
    IndexNotReady,
}

/// <summary>A URL that could not be mirrored, and the page that linked to it.</summary>
public sealed record MirrorProblem(string Url, string Problem, string? LinkedFrom);

/// <summary>What `export-static` did: the figures of the summary, and each problem.</summary>
public sealed record StaticExportResult(
    StaticExportStatus Status,
    string Folder,
    int Pages,
    int Files,
    long Bytes,
    TimeSpan Elapsed,
    TimeSpan Rendering,
    IReadOnlyList<MirrorProblem> Failed,
    IReadOnlyList<MirrorProblem> BrokenLinks,
    string? Message = null)
{
    public static StaticExportResult Refused(StaticExportStatus status, string folder, string message) =>
        new(status, folder, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, [], [], message);
}

/// <summary>Where the crawl is: pages done out of those found so far.</summary>
public readonly record struct StaticExportProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}
