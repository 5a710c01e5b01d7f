using Brand.Cms.Core;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Core.Transfer;
using Brand.Cms.Core.Versions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// The real engine (no host, no background workers) on a real database, with a clock the test moves.
/// Two Engines on the same database behave like two processes sharing it.
/// </summary>
public sealed class Engine : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Engine(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }
    public ContentEditor Editor => Get<ContentEditor>();
    public ContentQueries Queries => Get<ContentQueries>();
    public ContentTree Tree => Get<ContentTree>();
    public PublishingService Publishing => Get<PublishingService>();
    public VersionHistory Versions => Get<VersionHistory>();
    public RecycleBinService RecycleBin => Get<RecycleBinService>();
    public ContentScheduler Scheduler => Get<ContentScheduler>();
    public ContentImporter Importer => Get<ContentImporter>();
    public ContentExporter Exporter => Get<ContentExporter>();
    public PublishedContentCache Cache => Get<PublishedContentCache>();
    public PublishedSnapshot Published => Cache.Current;
    public SearchIndexes Indexes => Get<SearchIndexes>();
    public SearchService Search => Get<SearchService>();
    public string DataPath => Get<DataPaths>().Root;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="seed">Load umbraco.config/seed into the empty database, as a first start does.</param>
    /// <param name="dataPath">The data folder (indexes…); a new temporary one when null. Pass the same one to play a restart.</param>
    public static async Task<Engine> StartAsync(TestDatabase database, bool seed = false, string? configPath = null, FakeTimeProvider? clock = null,
        string? dataPath = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Brand:DataPath"] = dataPath ?? Directory.CreateTempSubdirectory("brand-data-").FullName,
            ["Brand:ConfigPath"] = configPath ?? TestConfig.Real,
            ["Brand:SeedOnEmptyDatabase"] = seed ? "true" : "false",
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Brand"] = database.ConnectionString,
        }).Build();
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock)
            .AddBrandCms(configuration)
            .AddSelfDiagnostic()
            .AddNetwork()
            .BuildServiceProvider();
        var engine = new Engine(services, clock);
        await engine.Get<CmsInitializer>().InitializeAsync();
        return engine;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
