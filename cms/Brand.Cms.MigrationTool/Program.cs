// Scaffolds an EF Core migration for both providers, as `dotnet ef migrations add` would.
// Usage: dotnet run --project cms/Brand.Cms.MigrationTool -- <MigrationName>
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project cms/Brand.Cms.MigrationTool -- <MigrationName>");
    return 2;
}

var coreProject = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../Brand.Cms.Core"));
foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
{
    // Scaffolding compares models only; no server is contacted.
    var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=scaffold";
    using var db = new BrandDbContextFactory(provider, connection).CreateDbContext();
    var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
    IDesignTimeServices providerServices = provider == DatabaseProvider.Sqlite ? new SqliteDesignTimeServices() : new NpgsqlDesignTimeServices();
    providerServices.ConfigureDesignTimeServices(services);
    using var serviceProvider = services.BuildServiceProvider();
    var scaffolder = serviceProvider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "Brand.Cms.Core", $"Storage.Migrations.{provider}");
    var files = scaffolder.Save(coreProject, migration, Path.Combine(coreProject, "Storage", "Migrations", provider.ToString()));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

return 0;
