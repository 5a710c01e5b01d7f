using Brand.Cms.Core.Cluster;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Brand.Cms.Core.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core;

/// <summary>
/// Start-up, in order: the data folder, the content model (a bad file stops here), the database
/// schema, the seed on an empty database, the modules' own steps (<see cref="IStartupStep"/>: the backoffice's
/// schema, roles and first administrator), the published cache. Orphaned values are reported in the
/// background afterwards (<see cref="OrphanedValueReport"/>).
/// </summary>
public sealed class CmsInitializer(
    DataPaths paths,
    ContentModel model,
    IDbContextFactory<BrandDbContext> dbFactory,
    ContentQueries queries,
    ContentImporter importer,
    PublishedContentCache cache,
    IEnumerable<IStartupStep> steps,
    IOptions<BrandOptions> options,
    ILogger<CmsInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        paths.EnsureCreated();
        logger.LogInformation("Content model: {Types} document types, cultures {Cultures}, from {Config}",
            model.Types.Count, string.Join(", ", model.Cultures.Codes), paths.Config);

        await using (var db = dbFactory.CreateDbContext())
        {
            // Nodes starting together take turns: the first migrates, seeds and creates the roles and the first
            // administrator, the others then find it done (two would each create an administrator, or fail on a role).
            await using var turn = await StartupLock.AcquireAsync(db, ct);
            await db.Database.MigrateAsync(ct);
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while a writer commits; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            if (options.Value.SeedOnEmptyDatabase && !await queries.AnyAsync())
            {
                await SeedAsync(ct);
            }

            foreach (var step in steps)
            {
                await step.RunAsync(ct);
            }
        }

        await cache.RebuildAsync(ct);
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        if (!Directory.Exists(paths.Seed))
        {
            logger.LogWarning("The database is empty and there is no seed folder at {Seed}", paths.Seed);
            return;
        }

        var report = await importer.ImportAsync(paths.Seed, "seed", ct: ct);
        if (!report.Succeeded)
        {
            throw new ContentModelException(report.Errors);
        }

        logger.LogInformation("Seeded an empty database from {Seed}: {Created} items, {Published} published", paths.Seed, report.Created, report.Published);
    }
}
