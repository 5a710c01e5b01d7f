using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Search;

/// <summary>The seeded site with both indexes open, shared by the read-only search tests.</summary>
public sealed class SeededSearch : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public Engine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.Sqlite);
        Engine = await Engine.StartAsync(_database, seed: true);
        foreach (var index in Engine.Indexes.All)
        {
            await index.OpenAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _database.DisposeAsync();
    }
}
