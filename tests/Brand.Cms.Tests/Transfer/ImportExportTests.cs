using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Transfer;

/// <summary>The seed loads into an empty database, and an export re-imported into an empty database gives the same site.</summary>
public sealed class ImportExportTests
{
    [Fact]
    public async Task Seed_FirstStart_PublishesTheStarterSiteInBothCultures()
    {
        await using var database = new SqliteTestDatabase();
        await using var engine = await Engine.StartAsync(database, seed: true);

        var home = engine.Published.SiteRoot("fr")!;
        Assert.Equal("/fr", home.Url);
        Assert.Equal("/en", home.InCulture("en")!.Url);
        var actors = engine.Published.GetByRoute("/fr/annuaire")!.Children.ToList();
        Assert.InRange(actors.Count, 25, 40);
        Assert.All(actors, a => Assert.True(a.Value<bool>("isExample")));
        Assert.True(actors.SelectMany(a => a.Value<string[]>("regionsServed") ?? []).Distinct().Count() >= 8);
        Assert.NotEmpty(engine.Published.GetByRoute("/en/news")!.Children);
    }

    [Fact]
    public async Task Export_ThenImportIntoAnEmptyDatabase_GivesTheSameSite()
    {
        var folder = Directory.CreateTempSubdirectory("brand-export-").FullName;
        await using var sourceDb = new SqliteTestDatabase();
        await using var source = await Engine.StartAsync(sourceDb, seed: true);
        // A published item whose draft moved on must come back with both states.
        var article = source.Published.GetByRoute("/fr/actualites")!.Children.First();
        var item = (await source.Queries.GetAsync(article.Id))!;
        var draft = item.Draft.Clone();
        draft.Names["fr"] = "Titre en cours de relecture";
        Ok(await source.Editor.SaveAsync(item.Id, item.Version, draft, "alice"));

        var exported = await source.Exporter.ExportAsync(folder);

        await using var targetDb = new SqliteTestDatabase();
        await using var target = await Engine.StartAsync(targetDb);
        var report = await target.Importer.ImportAsync(folder, "import");
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(exported, report.Created);

        Assert.Equal(Describe(source.Published), Describe(target.Published));
        var imported = (await target.Queries.GetByKeyAsync(item.Key))!;
        Assert.Equal("Titre en cours de relecture", imported.Draft.Names["fr"]);
        Assert.Equal(article.Name, target.Published.GetByKey(item.Key, "fr")!.Name);
    }

    [Fact]
    public async Task Import_InvalidItem_WritesNothingAndNamesFileLineAndProperty()
    {
        var folder = Directory.CreateTempSubdirectory("brand-import-").FullName;
        File.WriteAllText(Path.Combine(folder, "home.json"), """
            {
              "key": "7f0d7a0e-8d51-4c0e-9a52-0c0b7d1d2a11",
              "type": "home",
              "names": { "fr": "Accueil", "en": "Home" },
              "values": { "heroTitle": { "fr": "Titre", "en": "Title" }, "heroText": "pas par culture" },
              "publish": ["fr"]
            }
            """);
        await using var database = new SqliteTestDatabase();
        await using var engine = await Engine.StartAsync(database);

        var report = await engine.Importer.ImportAsync(folder, "import");

        var error = report.Errors.First(e => e.Property == "heroText");
        Assert.Contains("varies by culture", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("home.json", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.False(await engine.Queries.AnyAsync());
    }

    /// <summary>Every public URL with its item's name, type and values, in a comparable form.</summary>
    private static List<string> Describe(PublishedSnapshot snapshot) =>
        snapshot.Cultures.Codes.SelectMany(c => snapshot.SiteRoot(c)!.Descendants.Prepend(snapshot.SiteRoot(c)!))
            .Select(p => $"{p.Url} {p.Key} {p.ContentType} {p.Name} " + string.Join("|", p.Type.Properties.Select(t => Show(p.Value(t.Alias)))))
            .Order(StringComparer.Ordinal).ToList();

    private static string Show(object? value) => value switch
    {
        null => "",
        string[] items => string.Join(",", items),
        IEnumerable<PublishedElement> blocks => string.Join(",", blocks.Select(b => b.ContentType + ":" + string.Join(";", b.Values.Values))),
        _ => value.ToString() ?? "",
    };
}
