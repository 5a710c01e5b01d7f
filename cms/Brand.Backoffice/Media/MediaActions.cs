namespace Brand.Backoffice.Media;

/// <summary>The audit log's verbs for the media library.</summary>
public static class MediaActions
{
    public const string FolderCreate = "media.folder.create";
    public const string Upload = "media.upload";
    public const string Update = "media.update";
    public const string Move = "media.move";
    public const string Delete = "media.delete";

    public static string Target(MediaItem item) => $"media:{item.Key:D}";
}
