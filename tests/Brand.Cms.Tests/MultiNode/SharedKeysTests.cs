using Brand.Backoffice.DataProtection;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Brand.Cms.Tests.MultiNode;

/// <summary>The data-protection key ring in the database: shared by nodes, and taking over the keys of an older install's folder.</summary>
public sealed class SharedKeysTests
{
    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unprotect_OnAnotherNode_ReadsWhatTheFirstProtected_AndOldFolderKeysStillWork(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var contexts = BackofficeDbContextFactory.For(new BrandDbContextFactory(database.Provider, database.ConnectionString));
        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        // An install from before: its keys in DataPath/keys, a cookie protected with them.
        var oldFolder = Directory.CreateTempSubdirectory("brand-keys-").FullName;
        var before = DataProtectionProvider.Create(new DirectoryInfo(oldFolder), b => b.SetApplicationName("Brand.Cms")).CreateProtector("cookie");
        var oldCookie = before.Protect("signed in before the upgrade");

        // Node A (the upgraded install, which has the folder) and node B (a new node, no folder) on the same database.
        var a = Protector(contexts, oldFolder);
        var b = Protector(contexts, Path.Combine(oldFolder, "missing"));
        Assert.Equal("signed in before the upgrade", a.Unprotect(oldCookie));
        Assert.Equal("signed in before the upgrade", b.Unprotect(oldCookie));
        Assert.Equal("made on A", b.Unprotect(a.Protect("made on A")));

        // Copied once: a second start of A does not duplicate the rows.
        Protector(contexts, oldFolder).Unprotect(oldCookie);
        await using var check = contexts.CreateDbContext();
        Assert.Equal(Directory.GetFiles(oldFolder, "*.xml").Length, await check.DataProtectionKeys.CountAsync());
    }

    private static IDataProtector Protector(BackofficeDbContextFactory contexts, string legacyFolder)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("Brand.Cms");
        services.Configure<KeyManagementOptions>(o =>
            o.XmlRepository = new DatabaseXmlRepository(contexts, legacyFolder, NullLogger<DatabaseXmlRepository>.Instance));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie");
    }
}
