using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Configuration;

/// <summary>The one place that knows the layout of the data folder, so an instance can start on a fresh folder.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<BrandOptions> options)
    {
        Root = Path.GetFullPath(options.Value.DataPath);
        var configured = options.Value.ConfigPath;
        Config = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "umbraco.config")
            : configured);
    }

    public string Root { get; }
    public string Config { get; }
    public string Database => Path.Combine(Root, "brand.db");
    public string Indexes => Path.Combine(Root, "indexes");
    public string Media => Path.Combine(Root, "media");
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
