// Scaffolds an EF Core migration for both providers, as `dotnet ef migrations add` would.
// Usage: dotnet run --project cms/Brand.Cms.MigrationTool -- [engine|backoffice] <MigrationName>
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

const string usage = "usage: dotnet run --project cms/Brand.Cms.MigrationTool -- [engine|backoffice] <MigrationName>";
var (target, name) = args switch
{
    [var migration] => ("engine", migration),
    ["engine" or "backoffice", var migration] => (args[0], migration),
    _ => (null, null),
};
if (target is null || name is null)
{
    Console.Error.WriteLine(usage);
    return 2;
}

// Each context keeps its migrations in its own project: the engine's in Brand.Cms.Core, the backoffice's in Brand.Backoffice.
var (projectName, rootNamespace) = target == "engine" ? ("Brand.Cms.Core", "Brand.Cms.Core") : ("Brand.Backoffice", "Brand.Backoffice");
var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../..", projectName));
foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
{
    // Scaffolding compares models only; no server is contacted.
    var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=scaffold";
    using DbContext db = target == "engine"
        ? new BrandDbContextFactory(provider, connection).CreateDbContext()
        : new BackofficeDbContextFactory(provider, connection).CreateDbContext();
    var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
    IDesignTimeServices providerServices = provider == DatabaseProvider.Sqlite ? new SqliteDesignTimeServices() : new NpgsqlDesignTimeServices();
    providerServices.ConfigureDesignTimeServices(services);
    using var serviceProvider = services.BuildServiceProvider();
    var scaffolder = serviceProvider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, rootNamespace, $"Storage.Migrations.{provider}");
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Storage", "Migrations", provider.ToString()));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

return 0;
