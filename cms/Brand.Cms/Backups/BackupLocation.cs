using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Backups;

/// <summary>
/// What a backup holds and a restore puts back: the database (a SQLite file or a PostgreSQL database) and the
/// shared files (media library, applicants' PDFs). Indexes, mail pickup and keys are per node and not saved:
/// the indexes are rebuilt from the database, the rest is transient.
/// </summary>
public sealed record BackupLocation(DatabaseProvider Provider, string ConnectionString, string DataRoot, string SharedRoot)
{
    public string Media => Path.Combine(SharedRoot, "media");
    public string Network => Path.Combine(SharedRoot, "network");
    public string Indexes => Path.Combine(DataRoot, "indexes");

    /// <summary>The shared folders, by their name inside a backup (shared/media, shared/network).</summary>
    public IReadOnlyList<(string Name, string Path)> SharedFolders => [("media", Media), ("network", Network)];

    /// <summary>The SQLite file the connection string names (the tests keep it outside the data folder).</summary>
    public string SqliteFile => Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);

    /// <summary>From a running host's services: the same database and folders the site uses.</summary>
    public static BackupLocation FromServices(IServiceProvider services)
    {
        var factory = (BrandDbContextFactory)services.GetRequiredService<IDbContextFactory<BrandDbContext>>();
        var paths = services.GetRequiredService<DataPaths>();
        return new BackupLocation(factory.Provider, factory.ConnectionString, paths.Root, paths.Shared);
    }

    /// <summary>
    /// From the host's configuration sources (appsettings.json, appsettings.{Environment}.json, environment,
    /// arguments) without building the host, for `backup` and `restore`: start-up would migrate and seed the
    /// database being saved (a new build would change its schema before it is saved) or replaced.
    /// </summary>
    public static BackupLocation FromHostArgs(string[] hostArgs) => FromConfiguration(WebApplication.CreateBuilder(hostArgs).Configuration);

    /// <summary>Same keys and defaults as the host (AddBrandCms, DataPaths).</summary>
    public static BackupLocation FromConfiguration(IConfiguration configuration)
    {
        var brand = configuration.GetSection(BrandOptions.Section).Get<BrandOptions>() ?? new BrandOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var paths = new DataPaths(Options.Create(brand));
        var connectionString = configuration.GetConnectionString("Brand");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = database.Provider == DatabaseProvider.Sqlite
                ? $"Data Source={paths.Database}"
                : throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings__Brand to the server's connection string.");
        }

        return new BackupLocation(database.Provider, connectionString, paths.Root, paths.Shared);
    }
}
