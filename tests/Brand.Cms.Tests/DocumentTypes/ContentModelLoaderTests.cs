using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.DocumentTypes;

/// <summary>A broken or inconsistent type file stops start-up with the file, the line, the property and the reason.</summary>
public sealed class ContentModelLoaderTests
{
    [Fact]
    public void Load_TheShippedConfiguration_HasEveryProgrammeType()
    {
        var model = ContentModelLoader.Load(TestConfig.Real);

        Assert.Equal(["fr", "en"], model.Cultures.Codes);
        foreach (var alias in new[] { "home", "campaignPage", "newsArticle", "event", "successStory", "resource", "aidScheme", "labelledActor", "siteSettings" })
        {
            Assert.NotNull(model.Type(alias));
        }

        Assert.Contains(model.RequiredType("home").Properties, p => p.Alias == "metaTitle" && p.DeclaredOn == "seo");
    }

    [Fact]
    public void Load_UnknownEditor_ReportsFileLineAndProperty()
    {
        var error = Single(Break("newsArticle", """"editor": "richText"""", """"editor": "wysiwyg""""));

        Assert.EndsWith("newsArticle.json", error.File, StringComparison.Ordinal);
        Assert.Equal("body", error.Property);
        Assert.Equal(LineOf("newsArticle", """"editor": "wysiwyg""""), error.Line);
        Assert.Contains("unknown editor 'wysiwyg'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicatePropertyAlias_IsReported()
    {
        var error = Single(Break("newsArticle", """"alias": "body"""", """"alias": "summary""""));

        Assert.Equal("summary", error.Property);
        Assert.Contains("duplicate property alias", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AllowedChildThatDoesNotExist_IsReported()
    {
        var error = Single(Break("newsFolder", """"newsArticle"""", """"newsItem""""));

        Assert.Contains("allowed child 'newsItem' does not exist", error.Reason, StringComparison.Ordinal);
        Assert.Equal(LineOf("newsFolder", """"newsItem""""), error.Line);
    }

    [Fact]
    public void Load_CompositionCycle_IsReported()
    {
        var config = TestConfig.Copy(withSeed: false);
        Replace(config, "seo", """"properties"""", """"compositions": ["home"], "properties"""");

        var errors = Assert.Throws<ContentModelException>(() => ContentModelLoader.Load(config)).Errors;

        Assert.Contains(errors, e => e.Reason.StartsWith("composition cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MalformedJson_ReportsTheLine()
    {
        var config = TestConfig.Copy(withSeed: false);
        var path = Path.Combine(config, "document-types", "event.json");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(5, "  \"broken\": ,");
        File.WriteAllLines(path, lines);

        var error = Assert.Single(Assert.Throws<ContentModelException>(() => ContentModelLoader.Load(config)).Errors);

        Assert.Equal(6, error.Line);
        Assert.Contains("event.json:6", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_IsRefusedWithItsName()
    {
        var error = Single(Break("resource", "\"alias\": \"resource\",", "\"alias\": \"resource\", \"colour\": \"blue\","));

        Assert.Contains("colour", error.Reason, StringComparison.Ordinal);
    }

    private static string Break(string type, string find, string replace)
    {
        var config = TestConfig.Copy(withSeed: false);
        Replace(config, type, find, replace);
        return config;
    }

    private static ConfigError Single(string config) =>
        Assert.Single(Assert.Throws<ContentModelException>(() => ContentModelLoader.Load(config)).Errors);

    private static void Replace(string config, string type, string find, string replace)
    {
        var path = Path.Combine(config, "document-types", type + ".json");
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {type}.json");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        LastWritten[type] = File.ReadAllLines(path);
    }

    private static readonly Dictionary<string, string[]> LastWritten = [];

    private static int LineOf(string type, string text) => Array.FindIndex(LastWritten[type], l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
