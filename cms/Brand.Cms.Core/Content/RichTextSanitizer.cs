using Ganss.Xss;

namespace Brand.Cms.Core.Content;

/// <summary>Rich text is sanitized on save, so nothing stored can carry script into a page.</summary>
public sealed class RichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("lang");
        _sanitizer.AllowedAttributes.Add("hreflang");
        _sanitizer.AllowedAttributes.Add("aria-label");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html).Trim();
}
