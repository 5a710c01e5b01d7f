using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.ApiKeys;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Backoffice.Account;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.Access;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.ApiKeys;

public sealed partial class ApiKeyTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AKeyCreatedInTheBackoffice_IsAcceptedByTheApi_ShownOnce_StoredHashed_AndRefusedAtOnceWhenRevoked(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);

        using var create = await admin.PostFormAsync("/backoffice/api-keys?handler=Create", new() { ["Label"] = "Région Bretagne" });
        var key = CreatedKey().Match(await create.Content.ReadAsStringAsync()).Groups[1].Value;

        Assert.StartsWith("cc_", key, StringComparison.Ordinal);
        using (var accepted = await server.Http.SendAsync(AccountKit.GraphQL(key)))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var list = await admin.GetStringAsync("/backoffice/api-keys");
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.Contains(key[..7] + "…", list, StringComparison.Ordinal);
        int id;
        await using (var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext())
        {
            var record = await db.ApiKeys.SingleAsync();
            Assert.Equal(PartnerKeys.Hash(key), record.Sha256);
            id = record.Id;
        }

        using (var revoke = await admin.PostFormAsync($"/backoffice/api-keys?handler=Revoke&id={id}", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }

        using (var refused = await server.Http.SendAsync(AccountKit.GraphQL(key)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var audit = await AccountKit.AuditAsync(server);
        Assert.Contains(audit, a => a.Action == "apikey.create" && a.Target == $"apikey:{id}" && a.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(audit, a => a.Action == "apikey.revoke" && a.Target == $"apikey:{id}");
        Assert.DoesNotContain(audit, a => $"{a.Detail}{a.Before}{a.After}".Contains(key[7..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task AKeyAddedByAnotherNode_IsHonouredWithinTheRefreshInterval()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var key = PartnerKeys.NewKey();
        await using (var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext())
        {
            db.ApiKeys.Add(new ApiKeyRecord { Label = "Ville de Rennes", Sha256 = PartnerKeys.Hash(key), Prefix = key[..7], CreatedAt = DateTime.UtcNow, CreatedBy = "another node" });
            await db.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow + PartnerKeyRefresher.Interval + TimeSpan.FromSeconds(3);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var response = await server.Http.SendAsync(AccountKit.GraphQL(key));
            status = response.StatusCode;
        }
        while (status == HttpStatusCode.Unauthorized && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task AnEditor_HandMadePostToCreateAKey_Gets403_AndTheRefusalIsAudited()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        using var response = await editor.PostFormAsync("/backoffice/api-keys?handler=Create", new() { ["Label"] = "Clé pirate" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("cc_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Empty(await db.ApiKeys.ToListAsync());
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "permission.ApiKeysManage" && a.Outcome == AuditOutcome.Refused && a.Target == "apikey:new");
    }

    [Fact]
    public async Task AnEmptyLabel_IsRefusedNextToTheField_AndNoKeyIsMade()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);

        using var response = await admin.PostFormAsync("/backoffice/api-keys?handler=Create", new() { ["Label"] = "  " });
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(html.Contains("aria-describedby=\"label-error\"", StringComparison.Ordinal), html);
        Assert.DoesNotMatch(CreatedKey(), html);
    }

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [GeneratedRegex("id=\"created-key\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex CreatedKey();
}
