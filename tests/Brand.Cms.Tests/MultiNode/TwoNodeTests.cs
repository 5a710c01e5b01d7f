using System.Net;
using Brand.Cms.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Brand.Cms.Tests.MultiNode;

/// <summary>
/// Two real processes on two loopback ports and one PostgreSQL database: what is published on one is served by
/// the other (page, search, GraphQL) within 2 seconds; a session opened on one is valid on the other; a node
/// that was down, or lost its LISTEN connection, catches up.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Publish_OnNodeA_IsServedByNodeBWithin2Seconds_AndBCatchesUpAfterARestart()
    {
        await using var cluster = await Cluster.StartAsync();
        var (a, b) = (cluster.A, cluster.B);
        var id = await cluster.PublishedEventAsync();
        using var session = await NodeSession.SignInAsync(a);

        // The cookie made by A opens the backoffice on B: the key ring is in the database, no sticky session needed.
        using (var dashboard = await session.On(b).GetAsync("/backoffice"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        var word = Cluster.UniqueWord();
        var name = $"Forum régional {word}";
        await Cluster.PublishNameAsync(session, a, id, name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var known = await Polling.TimeUntilAsync(async () => await Cluster.GraphQLUrlAsync(b, name) is not null, TimeSpan.FromSeconds(10));
        var served = await Polling.TimeUntilAsync(() => Cluster.ServesAsync(b, name, word), TimeSpan.FromSeconds(10)) is null ? (TimeSpan?)null : clock.Elapsed;
        output.WriteLine($"B's published cache had the publish made on A (GraphQL answers it) {known?.TotalMilliseconds:0} ms after A answered; "
            + $"page, search and GraphQL all served it after {served?.TotalMilliseconds:0} ms");
        Assert.True(served is { } delay && delay < Target, $"B served it after {served?.TotalMilliseconds:0} ms (target 2000 ms)\n{await cluster.DescribeAsync(name, word)}");

        // A form token A gave is accepted by B (same keys): a draft saved on B with A's form.
        var page = $"/backoffice/content/{id}?culture=fr";
        var form = Backoffice.Content.EditorForm.Parse(await session.GetStringAsync(a, page));
        using (var saved = await session.PostAsync(b, $"/backoffice/content/{id}?handler=save&culture=fr", await session.TokenAsync(a, page), form.Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // B is down while A publishes; started again on its own data folder, it catches up from the journal.
        await b.KillAsync();
        var restartAt = b.Log.Length;
        var word2 = Cluster.UniqueWord();
        var name2 = $"Salon de l'entrepreneuriat {word2}";
        await Cluster.PublishNameAsync(session, a, id, name2);
        Assert.True(await Polling.TimeUntilAsync(() => Cluster.ServesAsync(a, name2, word2), TimeSpan.FromSeconds(10)) is not null,
            await cluster.DescribeAsync(name2, word2));
        await b.StartAsync();
        var caughtUp = await Polling.TimeUntilAsync(() => Cluster.ServesAsync(b, name2, word2), TimeSpan.FromSeconds(10));
        output.WriteLine($"B restarted served the change made while it was down {caughtUp?.TotalMilliseconds:0} ms after /health answered");
        Assert.True(caughtUp is not null, $"B did not catch up after its restart\n{await cluster.DescribeAsync(name2, word2)}");
        Assert.False(await Cluster.ServesAsync(b, name, word), "B still serves the older name");
        var afterRestart = b.Log[restartAt..];
        Assert.Contains("opened at journal position", afterRestart, StringComparison.Ordinal);
        Assert.DoesNotContain("rebuilding it", afterRestart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListenerConnection_CutOnNodeB_BCatchesUpByPolling_ThenListensAgain()
    {
        // A long first retry, so what B serves meanwhile can only have come by polling. The delays are printed, not
        // held to the 2 s target here: the first test does that, this one is about recovering.
        await using var cluster = await Cluster.StartAsync(new Dictionary<string, string> { ["Cluster__ListenerRetry"] = "00:00:20" });
        var (a, b) = (cluster.A, cluster.B);
        var id = await cluster.PublishedEventAsync();
        using var session = await NodeSession.SignInAsync(a);
        Assert.NotNull(await Polling.TimeUntilAsync(async () => await ListenerPidAsync(cluster) is not null, TimeSpan.FromSeconds(10)));

        var cutAt = b.Log.Length;
        var pid = (await ListenerPidAsync(cluster))!.Value;
        await using (var admin = new NpgsqlConnection(cluster.Database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin) { Parameters = { new("pid", pid) } };
            Assert.True((bool)(await terminate.ExecuteScalarAsync())!);
        }

        Assert.True(await b.LoggedAsync("Journal notifications lost", TimeSpan.FromSeconds(5), cutAt), $"B did not notice its listener was cut\n{b.Log}");
        Assert.Contains("\"followsOtherNodesBy\":\"polling\"", await b.Http.GetStringAsync("/health"), StringComparison.Ordinal);
        var word = Cluster.UniqueWord();
        var name = $"Rencontre des réseaux {word}";
        await Cluster.PublishNameAsync(session, a, id, name);
        var byPolling = await Polling.TimeUntilAsync(() => Cluster.ServesAsync(b, name, word), TimeSpan.FromSeconds(15));
        output.WriteLine($"Listener cut: B served the publish by polling after {byPolling?.TotalMilliseconds:0} ms");
        Assert.True(byPolling is not null, $"B did not catch up by polling\n{await cluster.DescribeAsync(name, word)}");
        Assert.DoesNotContain("Journal notifications restored", b.Log[cutAt..], StringComparison.Ordinal);

        Assert.True(await b.LoggedAsync("Journal notifications restored", TimeSpan.FromSeconds(45), cutAt), $"B did not listen again\n{b.Log}");
        var newPid = await ListenerPidAsync(cluster);
        Assert.Contains("\"followsOtherNodesBy\":\"notified\"", await b.Http.GetStringAsync("/health"), StringComparison.Ordinal);
        Assert.True(newPid is not null && newPid != pid);
        var word2 = Cluster.UniqueWord();
        var name2 = $"Rencontre des réseaux {word2}";
        await Cluster.PublishNameAsync(session, a, id, name2);
        var byNotify = await Polling.TimeUntilAsync(() => Cluster.ServesAsync(b, name2, word2), TimeSpan.FromSeconds(10));
        output.WriteLine($"Listening again: B served the next publish after {byNotify?.TotalMilliseconds:0} ms");
        Assert.True(byNotify is not null, $"B did not serve the next publish\n{await cluster.DescribeAsync(name2, word2)}");
    }

    private static async Task<int?> ListenerPidAsync(Cluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'brand-listener node-b'", connection);
        return await command.ExecuteScalarAsync() is int pid ? pid : null;
    }
}
