using System.Net;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Host;

/// <summary>On PostgreSQL: /health answers 503 when the database is gone, while pages keep coming from the published cache.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Health_DatabaseUnreachable_Answers503_AndPagesAreStillServed()
    {
        await using var database = PostgresTestDatabase.Create();
        await using var site = new SiteServer(database);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        await database.DropAsync();

        var health = await site.Http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("unreachable", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri("/fr", UriKind.Relative))).StatusCode);
    }
}
