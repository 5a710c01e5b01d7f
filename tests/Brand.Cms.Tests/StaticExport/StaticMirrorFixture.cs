using Brand.Cms.StaticExport;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.StaticExport;

/// <summary>
/// The seeded site on SQLite, served on a real loopback port, exported once by the real exporter (the
/// service the command runs) into a temporary folder, for every test of the class to read.
/// </summary>
public sealed class StaticMirrorFixture : IAsyncLifetime
{
    public const string PublicBase = "https://croissance-connectee.example.org";

    private readonly SqliteTestDatabase _database = new();
    private readonly string _work = Directory.CreateTempSubdirectory("brand-mirror-").FullName;

    public SiteServer Site { get; private set; } = null!;
    public StaticExportResult Result { get; private set; } = null!;
    public string Folder => Path.Combine(_work, "mirror");

    public async Task InitializeAsync()
    {
        Site = new SiteServer(_database, settings: new Dictionary<string, string?> { ["StaticExport:PublicBaseUrl"] = PublicBase });
        Result = await Site.Get<StaticSiteExporter>().ExportAsync(Site.Http.BaseAddress!, Folder);
    }

    public string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public async Task DisposeAsync()
    {
        Site.Dispose();
        await _database.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
