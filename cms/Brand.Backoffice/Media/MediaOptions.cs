namespace Brand.Backoffice.Media;

/// <summary>Settings under "Backoffice:Media": the largest file accepted of each kind.</summary>
public sealed class MediaOptions
{
    public const string Section = "Backoffice:Media";

    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxPdfBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The largest request body the upload page accepts: the larger limit and room for the form's other fields.</summary>
    public long MaxRequestBytes => Math.Max(MaxImageBytes, MaxPdfBytes) + 64 * 1024;

    public long LimitFor(DetectedFile file) => file.IsImage ? MaxImageBytes : MaxPdfBytes;

    /// <summary>"10 Mo", as the messages name a limit.</summary>
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} Mo"
        : bytes >= 1024 ? $"{Math.Round(bytes / 1024.0, 1).ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} Ko"
        : $"{bytes} octets";
}
