using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>The seeded site with its search index open: the shipped questionnaire and directory, read-only.</summary>
public sealed class SeededQuestionnaire : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public Engine Engine { get; private set; } = null!;

    public Questionnaire French => Questionnaire.Read(Engine.Published.GetByRoute("/fr/autodiagnostic")!);

    public Questionnaire English => Questionnaire.Read(Engine.Published.GetByRoute("/en/self-assessment")!);

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.Sqlite);
        Engine = await Engine.StartAsync(_database, seed: true);
        await Engine.Indexes.External.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The answer worth <paramref name="points"/> to each question (its first such answer).</summary>
    public static Dictionary<Guid, Guid> AnswersWorth(Questionnaire questionnaire, Func<DiagnosticQuestion, int> points) =>
        questionnaire.Questions.ToDictionary(q => q.Key, q => q.Answers.First(a => a.Points == points(q)).Key);
}
