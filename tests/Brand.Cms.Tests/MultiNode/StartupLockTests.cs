using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Start_ThreeSitesAtOnceOnAnEmptyDatabase_EachStarts_WithOneSeedOneAdministratorAndEachRoleOnce()
    {
        await using var database = PostgresTestDatabase.Create();
        var starting = Enumerable.Range(0, 3).Select(_ => Task.Run(() => new SiteServer(database))).ToList();
        try
        {
            // Without one turn for the backoffice's steps too, a site fails on a role another just created.
            var sites = await Task.WhenAll(starting);
            await using var backoffice = sites[0].Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
            Assert.Equal(1, await backoffice.Users.CountAsync()); // one first administrator, one one-time password
            Assert.Equal(Roles.All.Count, await backoffice.Roles.CountAsync());
            await using var content = sites[0].Get<IDbContextFactory<BrandDbContext>>().CreateDbContext();
            Assert.Equal(1, await content.Nodes.CountAsync(n => n.ContentType == "home"));
        }
        finally
        {
            foreach (var site in starting.Where(t => t.IsCompletedSuccessfully))
            {
                (await site).Dispose();
            }
        }
    }
}
