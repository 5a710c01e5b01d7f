using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>
/// The seeded site on a real port, shared by the open-data classes that only read (one start for all of them),
/// on a fixed clock: 23 November 2026 at noon UTC, so that "upcoming" and "expired" are known.
/// </summary>
public sealed class OpenDataSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();

    public SiteServer Site { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(Now);

    public HttpClient Http => Site.Http;

    /// <summary>"http://127.0.0.1:PORT", as the files write their URLs.</summary>
    public string BaseUrl => Site.Http.BaseAddress!.ToString().TrimEnd('/');

    public PublishedSnapshot Published => Site.Get<PublishedContentCache>().Current;

    public async Task InitializeAsync()
    {
        Site = new SiteServer(_database, Clock);
        // Ten completed self-diagnostics, so that its dataset has rows (the national group and one size band).
        var questionnaire = Questionnaire.Read(Published.GetByRoute("/fr/autodiagnostic")!);
        var answers = SelfDiagnostic.SeededQuestionnaire.AnswersWorth(questionnaire, q => q.MaxPoints);
        for (var i = 0; i < SelfDiagnosticOptions.MinimumGroupSize; i++)
        {
            var saved = await Site.Get<DiagnosticResults>().SaveAsync(questionnaire, new DiagnosticSubmission("retail", "1-9", i % 2 == 0 ? "35" : "75", answers));
            Assert.True(saved.Succeeded, saved.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OpenDataSuite : ICollectionFixture<OpenDataSite>
{
    public const string Name = "open data, read only";
}
