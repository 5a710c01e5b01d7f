using Brand.Cms.Core.Cluster;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Tests.MultiNode;

/// <summary>Leases on a real database: one holder at a time, renewed by it, taken over once expired.</summary>
public sealed class NodeLeaseTests
{
    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_TwoNodes_OneHoldsUntilItExpires_ThenTheOtherTakesOver(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var a = await Engine.StartAsync(database);
        await using var b = await Engine.StartAsync(database, clock: a.Clock);
        var (leaseA, leaseB) = (a.Get<NodeLeases>(), b.Get<NodeLeases>());

        Assert.True(await leaseA.TryAcquireAsync("work"));
        Assert.False(await leaseB.TryAcquireAsync("work"));
        a.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await leaseA.TryAcquireAsync("work")); // renewed: 30 s from now
        a.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await leaseB.TryAcquireAsync("work"));
        Assert.Equal(a.Get<NodeIdentity>().Holder, await leaseB.HolderAsync("work"));

        a.Clock.Advance(TimeSpan.FromSeconds(31)); // A stopped renewing
        Assert.True(await leaseB.TryAcquireAsync("work"));
        Assert.False(await leaseA.TryAcquireAsync("work"));

        await leaseB.ReleaseAsync("work"); // a clean shutdown hands it over at once
        Assert.True(await leaseA.TryAcquireAsync("work"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TryAcquire_ManyNodesAtOnce_ExactlyOneGetsIt(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var engines = new List<Engine> { await Engine.StartAsync(database) };
        for (var i = 1; i < 6; i++)
        {
            engines.Add(await Engine.StartAsync(database, clock: engines[0].Clock));
        }

        try
        {
            // A first round on an empty table (the INSERT race), then one on an expired lease (the UPDATE race).
            Assert.Equal(1, (await Task.WhenAll(engines.Select(e => e.Get<NodeLeases>().TryAcquireAsync("race")))).Count(held => held));
            engines[0].Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, (await Task.WhenAll(engines.Select(e => e.Get<NodeLeases>().TryAcquireAsync("race")))).Count(held => held));
        }
        finally
        {
            foreach (var engine in engines)
            {
                await engine.DisposeAsync();
            }
        }
    }

    /// <summary>Two nodes' scheduled-publishing workers start together on the same due actions: each runs once.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ScheduledPublishing_TwoNodes_EachDueActionRunsOnce(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var a = await Engine.StartAsync(database, seed: true);
        await using var b = await Engine.StartAsync(database, clock: a.Clock);
        List<int> events;
        await using (var db = new BrandDbContextFactory(database.Provider, database.ConnectionString).CreateDbContext())
        {
            events = await db.Nodes.Where(n => n.ContentType == "event" && n.PublishedJson != null && !n.Trashed).OrderBy(n => n.Id).Select(n => n.Id).Take(10).ToListAsync();
        }

        async Task ScheduleAsync(IEnumerable<int> ids)
        {
            foreach (var id in ids)
            {
                Assert.True((await a.Scheduler.ScheduleAsync(id, "fr", ScheduledActionKind.Publish, a.Clock.GetUtcNow().AddMinutes(-1), "editrice@example.fr")).Succeeded);
            }
        }

        var (first, second) = (events[..5], events[5..]);
        await ScheduleAsync(first);
        var workers = new[] { a, b }.Select(e => e.Get<IEnumerable<IHostedService>>().OfType<ScheduledPublishingWorker>().Single()).ToList();
        using var stop = new CancellationTokenSource();
        await Task.WhenAll(workers.Select(w => w.StartAsync(stop.Token)));
        try
        {
            var firstPass = await Polling.TimeUntilAsync(async () => await CountAsync(database, ScheduledRuns) == first.Count, TimeSpan.FromSeconds(30));
            Assert.NotNull(firstPass);

            // Both workers' next pass (the fake clock moves past their interval): the holder renews and runs the
            // newly due actions, the other still finds the lease held; each action once, none run twice.
            await ScheduleAsync(second);
            a.Clock.Advance(a.Get<IOptions<SchedulingOptions>>().Value.PollInterval + TimeSpan.FromSeconds(1));
            var secondPass = await Polling.TimeUntilAsync(async () => (await a.Scheduler.ListAsync(events[^1])).Count == 0
                && await CountAsync(database, ScheduledRuns) >= events.Count, TimeSpan.FromSeconds(30));
            Assert.NotNull(secondPass);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.StopAsync(CancellationToken.None);
            }
        }

        Assert.Equal(events.Count, await CountAsync(database, ScheduledRuns));
    }

    private static IQueryable<Core.ChangeJournal.JournalEntry> ScheduledRuns(BrandDbContext db) =>
        db.Journal.Where(e => e.Kind == Core.ChangeJournal.JournalKind.Published && e.CreatedBy.StartsWith("scheduler"));

    private static async Task<int> CountAsync(TestDatabase database, Func<BrandDbContext, IQueryable<Core.ChangeJournal.JournalEntry>> query)
    {
        await using var db = new BrandDbContextFactory(database.Provider, database.ConnectionString).CreateDbContext();
        return await query(db).CountAsync();
    }
}
