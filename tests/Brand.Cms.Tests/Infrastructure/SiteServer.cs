using Brand.Cms.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>The whole app listening on a real 127.0.0.1 port, on a fresh data folder and database, seeded on start.</summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("brand-site-").FullName;

    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string?>? _settings;

    /// <param name="database">The database the site runs on.</param>
    /// <param name="clock">Replaces the system clock (scheduling, "upcoming" events), when given.</param>
    /// <param name="services">Changes to the app's services, after its own registrations.</param>
    /// <param name="settings">Configuration keys ("PublicApi:Access:AnonymousPerMinute"), over the test defaults.</param>
    public SiteServer(TestDatabase database, TimeProvider? clock = null, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _database = database;
        _clock = clock;
        _services = services;
        _settings = settings;
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)) };
    }

    public HttpClient Http { get; }

    /// <summary>What the app logged at Error level, for failure messages.</summary>
    public ServerErrorLog Errors { get; } = new();

    /// <summary>The data folder (database file, indexes), for tests that start a second process on it.</summary>
    public string DataPath => _dataPath;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Brand:DataPath", _dataPath);
        builder.UseSetting("Brand:ConfigPath", TestConfig.Real);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Brand", _database.ConnectionString);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        foreach (var (key, value) in _settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_clock));
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            // Hundreds of sites per run: leaving their folders (indexes, media, mail) filled /tmp by gigabytes.
            try
            {
                Directory.Delete(_dataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing background task; the OS cleans temp folders.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }

    public static DatabaseProvider[] Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
