using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Tests.Infrastructure;
using static Brand.Cms.Tests.Infrastructure.SiteTree;

namespace Brand.Cms.Tests.Content;

/// <summary>Changing a type never loses stored values: a removed property's value is kept and reported.</summary>
public sealed class OrphanedValueTests
{
    [Fact]
    public async Task RemovingAProperty_KeepsItsValues_ReportsThem_AndRestoringTheTypeBringsThemBack()
    {
        await using var database = new SqliteTestDatabase();
        var config = TestConfig.Copy(withSeed: false);
        int articleId;
        await using (var before = await Engine.StartAsync(database, configPath: config))
        {
            var site = await CreateAsync(before);
            var draft = Docs.Article("Article", "Article").With("tags", "fr", new[] { "cloud", "export" });
            articleId = Ok(await before.Editor.CreateAsync(new NewContent("newsArticle", site.News, draft, "alice"))).Id;
        }

        var typeFile = Path.Combine(config, "document-types", "newsArticle.json");
        var original = File.ReadAllText(typeFile);
        var type = JsonNode.Parse(original)!.AsObject();
        var properties = type["properties"]!.AsArray();
        properties.Remove(properties.First(p => p!["alias"]!.GetValue<string>() == "tags"));
        File.WriteAllText(typeFile, type.ToJsonString());

        await using (var after = await Engine.StartAsync(database, configPath: config))
        {
            Assert.Contains(await after.Queries.OrphansAsync(), o => o is { NodeId: var id, Property: "tags" } && id == articleId);
            var item = (await after.Queries.GetAsync(articleId))!;
            var edited = item.Draft.Clone();
            edited.Values.Remove("tags"); // an editor that no longer knows the property does not send it
            edited.Names["fr"] = "Article modifié";
            var saved = Ok(await after.Editor.SaveAsync(articleId, item.Version, edited, "bob"));
            Assert.Equal(2, saved.Draft.Get("tags", "fr")!.AsArray().Count);
        }

        File.WriteAllText(typeFile, original);
        await using var restored = await Engine.StartAsync(database, configPath: config);
        Assert.Empty(await restored.Queries.OrphansAsync());
        Assert.Equal("export", (await restored.Queries.GetAsync(articleId))!.Draft.Get("tags", "fr")![1]!.GetValue<string>());
    }
}
