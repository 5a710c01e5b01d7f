using System.Diagnostics;
using System.Globalization;
using Brand.Cms.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brand.Benchmarks;

/// <summary>
/// The real service stack (no host, no background workers) on a fresh SQLite database of N published actors,
/// in a temporary folder deleted afterwards. Shared by the modes that measure the engine end to end.
/// </summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private BenchEngine(string root, GeneratedSite site, ServiceProvider services)
    {
        Root = root;
        Site = site;
        Services = services;
    }

    public string Root { get; }
    public GeneratedSite Site { get; }
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<BenchEngine> StartAsync(string name, int actors)
    {
        var root = Directory.CreateTempSubdirectory($"brand-bench-{name}-").FullName;
        var config = SiteConfig.Write(Path.Combine(root, "umbraco.config"));
        var data = Path.Combine(root, "data");
        var site = GeneratedSite.Create(actors);
        var seeded = await SqliteSeeder.SeedAsync(Path.Combine(data, "brand.db"), site);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {actors} actors into {data}/brand.db in {seeded.TotalSeconds:0.0} s"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Brand:DataPath"] = data,
            ["Brand:ConfigPath"] = config,
            ["Brand:SeedOnEmptyDatabase"] = "false",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddProvider(new ConsoleLineLoggerProvider()).AddFilter("Microsoft", LogLevel.Warning))
            .AddBrandCms(configuration)
            .BuildServiceProvider();

        var watch = Stopwatch.StartNew();
        await services.GetRequiredService<CmsInitializer>().InitializeAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"InitializeAsync (migrate check, cache rebuild): {watch.Elapsed.TotalSeconds:0.00} s"));
        return new BenchEngine(root, site, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        Directory.Delete(Root, recursive: true); // ~560 MiB for 100,000 actors
    }
}
