namespace Brand.Backoffice.Media;

/// <summary>
/// A folder or a file of the media library. A file is stored under data/media as "{Key}{Extension}": a
/// safe name that never comes from the upload. Content refers to media by <see cref="Key"/>.
/// </summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public int? ParentId { get; set; }
    public bool IsFolder { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The MIME type found from the file's first bytes (image/png, image/jpeg, image/webp, image/gif, application/pdf).</summary>
    public string? ContentType { get; set; }

    /// <summary>".png", ".jpg", ".webp", ".gif" or ".pdf", from the detected type, never from the uploaded name.</summary>
    public string? Extension { get; set; }

    public long Size { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>Alternative text per culture, as JSON {"fr": "…", "en": "…"}; required for images.</summary>
    public string AltJson { get; set; } = "{}";

    /// <summary>The name the file had on the uploader's machine, for display only.</summary>
    public string? OriginalName { get; set; }

    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public int Version { get; set; }
}
