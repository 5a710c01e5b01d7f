namespace Brand.Cms.Core.Configuration;

/// <summary>Settings under "Brand": where the app writes and where configuration-as-code lives.</summary>
public sealed class BrandOptions
{
    public const string Section = "Brand";

    /// <summary>Everything the app writes lives under this folder (database, indexes, media, mail pickup).</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>
    /// The folder of the files every node must see (media library, applicants' PDFs); empty means DataPath.
    /// With several nodes it is one shared volume, while DataPath (indexes, mail pickup) stays per node.
    /// </summary>
    public string SharedPath { get; set; } = "";

    /// <summary>The umbraco.config folder; empty means the copy beside the binaries.</summary>
    public string ConfigPath { get; set; } = "";

    /// <summary>Load umbraco.config/seed into an empty database on start.</summary>
    public bool SeedOnEmptyDatabase { get; set; } = true;
}
