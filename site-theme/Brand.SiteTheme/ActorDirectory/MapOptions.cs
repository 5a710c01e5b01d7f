using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.ActorDirectory;

/// <summary>
/// Settings under "Theme:Map": where the directory's map takes its background tiles, and the credit the
/// tile provider asks for. An empty <see cref="TileUrl"/> turns the map off; the list never depends on it.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Theme:Map";

    /// <summary>A Leaflet URL template: absolute http(s), or a path on this site, with {z}, {x} and {y}.</summary>
    public string? TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Shown in the map's corner, as HTML (the setting is the operator's, not a visitor's).</summary>
    public string Attribution { get; set; } = "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    /// <summary>OpenStreetMap's tile servers stop at 19.</summary>
    public int MaxZoom { get; set; } = 19;

    public bool Enabled => !string.IsNullOrWhiteSpace(TileUrl);

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem()
    {
        if (!Enabled)
        {
            return null;
        }

        var url = TileUrl!;
        var placed = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            || (Uri.TryCreate(url.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var absolute)
                && absolute.Scheme is "https" or "http");
        if (!placed)
        {
            return $"{Section}:TileUrl must be an http(s) URL or a path starting with '/': '{url}'.";
        }

        if (!(url.Contains("{z}", StringComparison.Ordinal) && url.Contains("{x}", StringComparison.Ordinal) && url.Contains("{y}", StringComparison.Ordinal)))
        {
            return $"{Section}:TileUrl must contain {{z}}, {{x}} and {{y}}: '{url}'.";
        }

        return MaxZoom is < 1 or > 22 ? $"{Section}:MaxZoom must be between 1 and 22." : null;
    }

    /// <summary>
    /// The settings in force (checked at start-up by <see cref="ThemeServiceCollectionExtensions.AddSiteTheme"/>).
    /// Settings that do not hold give no map, never a broken page.
    /// </summary>
    public static MapOptions For(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MapOptions>>().Value;
        return options.Problem() is null ? options : new MapOptions { TileUrl = null };
    }
}
