using System.Globalization;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Benchmarks;

/// <summary>
/// `seed-db DB_PATH [N]`: a SQLite database with N published actors, and our config folder written next
/// to it (DIR/umbraco.config), ready for the real site to start on (tests/bench-startup.sh).
/// </summary>
internal static class SeedDbMode
{
    public static async Task<int> RunAsync(string databasePath, int actors)
    {
        databasePath = Path.GetFullPath(databasePath);
        var config = SiteConfig.Write(Path.Combine(Path.GetDirectoryName(databasePath)!, "umbraco.config"));
        var site = GeneratedSite.Create(actors);
        var elapsed = await SqliteSeeder.SeedAsync(databasePath, site);
        await VerifyAsync(databasePath, site);

        var sample = site.SampleActors(1, seed: 1)[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed-db: {actors} published actors ({site.Nodes.Count} nodes) into {databasePath} in {elapsed.TotalSeconds:0.0} s, {Stats.Mib(new FileInfo(databasePath).Length)}"));
        Console.WriteLine($"config: {config}");
        Console.WriteLine($"sample-route: {GeneratedSite.Route(sample, "fr")}");
        return 0;
    }

    /// <summary>
    /// Reads rows back through the engine's EF model: a Guid or date written in another format than EF's
    /// would not be found by key or would come back different, and the benchmark would measure nonsense.
    /// </summary>
    private static async Task VerifyAsync(string databasePath, GeneratedSite site)
    {
        await using var db = new BrandDbContextFactory(DatabaseProvider.Sqlite, $"Data Source={databasePath}").CreateDbContext();
        var last = site.Nodes[^1];
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == last.Key);
        var nodes = await db.Nodes.CountAsync(n => n.PublishedJson != null && !n.Trashed);
        var segments = await db.Segments.CountAsync(s => s.ParentId == last.ParentId && s.Culture == "fr");
        var journal = await db.Journal.MaxAsync(e => (long?)e.Id);
        if (node is null || node.Id != last.Id || node.CreateDate != last.CreateDate || node.UpdateDate != last.UpdateDate
            || nodes != site.Nodes.Count || segments != site.Nodes.Count - 2 || journal != site.Nodes.Count)
        {
            throw new InvalidOperationException($"The seeded database does not read back as written (node {node?.Id}, {nodes} nodes, {segments} segments, journal {journal}).");
        }
    }
}
