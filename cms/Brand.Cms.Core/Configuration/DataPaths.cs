using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Configuration;

/// <summary>The one place that knows the layout of the data folder, so an instance can start on a fresh folder.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<BrandOptions> options)
    {
        Root = Path.GetFullPath(options.Value.DataPath);
        Shared = string.IsNullOrWhiteSpace(options.Value.SharedPath) ? Root : Path.GetFullPath(options.Value.SharedPath);
        var configured = options.Value.ConfigPath;
        Config = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "umbraco.config")
            : configured);
    }

    public string Root { get; }
    public string Config { get; }

    /// <summary>Files every node must see: <see cref="Media"/> and <see cref="Network"/> (Brand:SharedPath, by default <see cref="Root"/>).</summary>
    public string Shared { get; }
    public string Database => Path.Combine(Root, "brand.db");
    public string Indexes => Path.Combine(Root, "indexes");
    public string Media => Path.Combine(Shared, "media");

    /// <summary>The brand network's applicants' PDFs (staged and stored), never served to the public.</summary>
    public string Network => Path.Combine(Shared, "network");
    public string MailPickup => Path.Combine(Root, "mail");
    public string Keys => Path.Combine(Root, "keys");
    public string DocumentTypes => Path.Combine(Config, "document-types");
    public string Seed => Path.Combine(Config, "seed");
    public string CulturesFile => Path.Combine(Config, "cultures.json");

    public void EnsureCreated()
    {
        foreach (var folder in new[] { Root, Indexes, Media, MailPickup, Keys })
        {
            Directory.CreateDirectory(folder);
        }
    }
}
