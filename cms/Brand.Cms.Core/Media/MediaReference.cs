namespace Brand.Cms.Core.Media;

/// <summary>
/// A file of the media library as the public side shows it: where it is served, what it is and, for an image,
/// its size and alternative texts. Content stores only <see cref="Key"/>; this is what a key stands for.
/// </summary>
/// <param name="Url">The site-relative URL the file is served at ("/media/{key}.png").</param>
/// <param name="ContentType">The MIME type found from the file's bytes ("image/png", "application/pdf").</param>
/// <param name="Extension">".png", ".pdf"…, as the file is stored and served.</param>
/// <param name="Name">The title given in the library, for a download link.</param>
/// <param name="AltTexts">Alternative text per culture code; empty for a PDF.</param>
public sealed record MediaReference(
    Guid Key, string Url, string ContentType, string Extension, long Size, int? Width, int? Height, string Name,
    IReadOnlyDictionary<string, string> AltTexts)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>
    /// The alternative text in <paramref name="culture"/>, else in any other culture that has one: the library
    /// requires it in French only, and an English page is better served by French words than by no description.
    /// </summary>
    public string Alt(string culture) =>
        AltTexts.GetValueOrDefault(culture) is { Length: > 0 } own ? own
        : AltTexts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value).FirstOrDefault(a => a.Length > 0) ?? "";
}
