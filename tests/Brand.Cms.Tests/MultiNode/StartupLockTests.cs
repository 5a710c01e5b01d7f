using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.MultiNode;

/// <summary>Nodes started together on an empty PostgreSQL database (a deployment starting every replica) seed it once.</summary>
public sealed class StartupLockTests
{
    [Fact]
    public async Task Initialize_ThreeNodesAtOnceOnAnEmptyDatabase_SeedItOnce()
    {
        await using var database = PostgresTestDatabase.Create();
        var starting = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Engine.StartAsync(database, seed: true))).ToList();
        var nodes = await Task.WhenAll(starting);
        try
        {
            await using var db = nodes[0].Get<IDbContextFactory<BrandDbContext>>().CreateDbContext();
            // The seed has one home page; a second import would add a second one beside it.
            Assert.Equal(1, await db.Nodes.CountAsync(n => n.ContentType == "home"));
            Assert.All(nodes, node => Assert.NotNull(node.Published.GetByRoute("/fr")));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
