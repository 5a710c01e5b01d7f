using System.ComponentModel.DataAnnotations;

namespace Brand.Cms.StaticExport;

/// <summary>Settings under "StaticExport", for the `export-static DIR` command.</summary>
public sealed class StaticExportOptions : IValidatableObject
{
    public const string Section = "StaticExport";

    /// <summary>
    /// The public site's address (https://croissance-connectee.gouv.fr): what canonical, hreflang and Open Graph
    /// URLs, the sitemap, robots.txt and the feeds say on the mirror. Empty: Network:PublicBaseUrl, then
    /// Backoffice:PublicBaseUrl, then http://localhost:5000 (with a warning).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Pages requested at once. The site renders on the same cores as the crawler: 2 cores want about 6.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 6;

    /// <summary>How long to wait for the search index (the directory reads it) before giving up.</summary>
    public TimeSpan IndexWaitTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest a single page may take to render.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0 && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("StaticExport:PublicBaseUrl must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }

        if (IndexWaitTimeout <= TimeSpan.Zero || RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("StaticExport:IndexWaitTimeout and RequestTimeout must be positive.", [nameof(IndexWaitTimeout)]);
        }
    }
}
