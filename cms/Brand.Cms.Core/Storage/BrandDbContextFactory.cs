using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Storage;

/// <summary>
/// The one place that chooses SQLite or PostgreSQL. A context per operation (never one shared scoped
/// context), because GraphQL resolvers and background workers run in parallel.
/// </summary>
public sealed class BrandDbContextFactory : IDbContextFactory<BrandDbContext>
{
    private readonly Func<BrandDbContext> _create;

    public BrandDbContextFactory(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteBrandDbContext>()
                    .UseSqlite(connectionString)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .Options;
                _create = () => new SqliteBrandDbContext(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresBrandDbContext>()
                    .UseNpgsql(connectionString)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .Options;
                _create = () => new PostgresBrandDbContext(postgres);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public BrandDbContext CreateDbContext() => _create();
}
