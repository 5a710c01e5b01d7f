using Brand.Cms.Core.Media;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// What the media partial (Shared/_Media) shows: an image as &lt;img&gt;, any other file (or an image offered
/// for download, <paramref name="AsDownload"/>) as a DSFR download link with its type and size.
/// </summary>
public sealed record MediaView(MediaReference Media, bool AsDownload = false, string? ImageClass = "fr-responsive-img")
{
    /// <summary>"PDF – 1,2 Mo" (French) or "PDF – 1.2 MB": what the DSFR puts after a download link's text.</summary>
    public static string Detail(MediaReference media, ThemeFormat format) =>
        $"{media.Extension.TrimStart('.').ToUpperInvariant()} – {Size(media.Size, format)}";

    public static string Size(long bytes, ThemeFormat format)
    {
        var (kilo, mega, unit) = format.IsFrench ? ("Ko", "Mo", "octets") : ("KB", "MB", "bytes");
        return bytes switch
        {
            >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", format.CultureInfo)} {mega}",
            >= 1024 => $"{(bytes / 1024.0).ToString("0", format.CultureInfo)} {kilo}",
            _ => $"{bytes} {unit}",
        };
    }
}
