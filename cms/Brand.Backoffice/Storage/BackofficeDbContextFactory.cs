using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Storage;

/// <summary>Opens the backoffice's tables on the engine's own database: same provider, same connection string.</summary>
public sealed class BackofficeDbContextFactory : IDbContextFactory<BackofficeDbContext>
{
    private readonly Func<BackofficeDbContext> _create;

    public BackofficeDbContextFactory(DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteBackofficeDbContext>()
                    .UseSqlite(connectionString, o => o.MigrationsHistoryTable(BackofficeDbContext.HistoryTable))
                    .Options;
                _create = () => new SqliteBackofficeDbContext(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresBackofficeDbContext>()
                    .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(BackofficeDbContext.HistoryTable))
                    .Options;
                _create = () => new PostgresBackofficeDbContext(postgres);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    /// <summary>The same database as the engine's factory.</summary>
    public static BackofficeDbContextFactory For(IDbContextFactory<BrandDbContext> engine)
    {
        var brand = (BrandDbContextFactory)engine;
        return new BackofficeDbContextFactory(brand.Provider, brand.ConnectionString);
    }

    public BackofficeDbContext CreateDbContext() => _create();
}
