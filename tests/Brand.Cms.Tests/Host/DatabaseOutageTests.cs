using System.Net;
using System.Text.Json;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Host;

/// <summary>
/// On PostgreSQL: with the database gone (dropped), /health answers 200 "Degraded" (the node keeps serving its
/// published cache, so a load balancer must keep it) and pages are still served. The full outage-and-recovery
/// story, through a TCP proxy, is in Faults/DatabaseUnreachableTests.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Health_DatabaseDropped_AnswersDegraded200_AndPagesAreStillServed()
    {
        await using var database = PostgresTestDatabase.Create();
        await using var site = new SiteServer(database);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        await database.DropAsync();

        var health = await site.Http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var check = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.Contains("unreachable", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri("/fr", UriKind.Relative))).StatusCode);
    }
}
