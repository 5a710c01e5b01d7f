using System.Net;
using System.Text.Json.Nodes;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>
/// A Translator translates the text inside the home page's shared block list (its blocks vary by culture),
/// but can neither touch the French text nor the list's structure, even with a hand-made request.
/// </summary>
public sealed class TranslatorBlockTests
{
    private static readonly Guid Home = Guid.Parse("4991f9ba-c0ec-4870-8f15-5e7a6f0be24f");

    [Fact]
    public async Task ATranslator_ChangesTheEnglishTitleOfABlock_TheFrenchTitleAndTheBlocksStayAsTheyWere()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var translator = await BackofficeSession.SignInAsync(server, Roles.Translator);
        var before = (await server.Get<ContentQueries>().GetByKeyAsync(Home))!;
        var html = await translator.GetStringAsync($"/backoffice/content/{before.Id}?culture=en");
        var en = EditorForm.Parse(html);

        Assert.Equal("A strong brand to bring people together", en.Get("v.blocks[1].title.en")); // editable
        Assert.Null(en.Get("v.blocks[1].number")); // a shared value of the block stays read-only
        Assert.Null(en.Get("v.blocks.count"));
        Assert.DoesNotContain("up|v.blocks|", html, StringComparison.Ordinal); // no move/remove/add buttons
        Assert.DoesNotContain("add|v.blocks", html, StringComparison.Ordinal);
        Assert.Null(EditorForm.Parse(await translator.GetStringAsync($"/backoffice/content/{before.Id}?culture=fr")).Get("v.blocks[1].title.fr"));

        using (var saved = await translator.PostFieldsAsync($"/backoffice/content/{before.Id}?handler=save&culture=en",
            en.Set("v.blocks[1].title.en", "A strong brand that brings people together").Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = (await server.Get<ContentQueries>().GetByKeyAsync(Home))!;
        Assert.Equal(before.Version + 1, after.Version);
        var oldBlocks = Blocks(before);
        var newBlocks = Blocks(after);
        Assert.Equal("A strong brand that brings people together", Value(newBlocks[1], "title", "en"));
        Assert.Equal(Value(oldBlocks[1], "title", "fr"), Value(newBlocks[1], "title", "fr"));
        Assert.Equal(oldBlocks.Select(b => (b["key"]?.ToString(), b["type"]?.ToString())), newBlocks.Select(b => (b["key"]?.ToString(), b["type"]?.ToString())));
        Assert.Equal(1, newBlocks[1]["values"]!["number"]!.GetValue<int>());
        // Only that title changed, everywhere in the page.
        newBlocks[1]["values"]!["title"]!["en"] = Value(oldBlocks[1], "title", "en");
        Assert.Equal(before.Draft.ToJson(), DraftWith(after, newBlocks));
    }

    [Fact]
    public async Task ATranslatorsHandMadePost_ThatChangesAFrenchBlockTitle_ReordersOrAddsBlocks_Is403_AndNothingIsSaved()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var translator = await BackofficeSession.SignInAsync(server, Roles.Translator);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var save = $"/backoffice/content/{(await server.Get<ContentQueries>().GetByKeyAsync(Home))!.Id}?handler=save&culture=en";
        // Saved once by an Editor, the draft holds what the Editor's form posts (an unticked box is stored as false).
        using (var normalized = await editor.PostFieldsAsync(save, (await ContentPages.FormAsync(editor, (await server.Get<ContentQueries>().GetByKeyAsync(Home))!.Id, "en")).Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, normalized.StatusCode);
        }

        var home = (await server.Get<ContentQueries>().GetByKeyAsync(Home))!;

        // The Translator's own English form posted as French, with a French block title.
        var en = await ContentPages.FormAsync(translator, home.Id, "en");
        var asFrench = en.Fields.Where(f => f.Key != "culture").Append(KeyValuePair.Create("culture", "fr"))
            .Append(KeyValuePair.Create("v.blocks[1].title.fr", "Changé en douce"));
        await AssertForbiddenAsync(translator, $"/backoffice/content/{home.Id}?handler=save&culture=fr", asFrench);

        // An Editor's form (which carries the whole list) with another French title kept for block 1.
        var editorForm = await ContentPages.FormAsync(editor, home.Id, "en");
        var frenchKept = JsonNode.Parse(editorForm.Get("v.blocks[1].title.fr.json")!)!.GetValue<string>();
        Assert.Equal("Une marque forte pour fédérer", frenchKept);
        await AssertForbiddenAsync(translator, save, editorForm.Set("v.blocks[1].title.fr.json", "\"Changé en douce\"").Fields);

        // The Editor's form with blocks 1 and 2 swapped, then with a block added (the editor's buttons, not saved).
        var swapped = EditorForm.Parse(await PostAsync(editor, $"/backoffice/content/{home.Id}?handler=refresh&culture=en",
            (await ContentPages.FormAsync(editor, home.Id, "en")).Add("blockOp", "down|v.blocks|1").Fields));
        Assert.Equal(Blocks(home)[2]["key"]!.ToString(), swapped.Get("v.blocks[1].key"));
        await AssertForbiddenAsync(translator, save, swapped.Fields);

        var added = EditorForm.Parse(await PostAsync(editor, $"/backoffice/content/{home.Id}?handler=refresh&culture=en",
            (await ContentPages.FormAsync(editor, home.Id, "en")).Set("v.blocks.newType", "quoteBlock").Add("blockOp", "add|v.blocks").Fields));
        Assert.Equal((Blocks(home).Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), added.Get("v.blocks.count"));
        await AssertForbiddenAsync(translator, save, added.Fields);

        // The same Editor's form, unchanged but for an English title, is accepted: the refusals above are for their changes.
        using (var allowed = await translator.PostFieldsAsync(save, (await ContentPages.FormAsync(editor, home.Id, "en"))
            .Set("v.blocks[1].title.en", "A strong brand that brings people together").Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var after = (await server.Get<ContentQueries>().GetByKeyAsync(Home))!;
        Assert.Equal(home.Version + 1, after.Version);
        Assert.Equal("Une marque forte pour fédérer", Value(Blocks(after)[1], "title", "fr"));
        Assert.Equal(Blocks(home).Select(b => b["key"]!.ToString()), Blocks(after).Select(b => b["key"]!.ToString()));
    }

    private static async Task AssertForbiddenAsync(BackofficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await session.PostFieldsAsync(url, fields);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<string> PostAsync(BackofficeSession session, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await session.PostFieldsAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<JsonObject> Blocks(ContentItem item) => item.Draft.Get("blocks", "")!.AsArray().OfType<JsonObject>().ToList();

    private static string? Value(JsonObject block, string alias, string culture) => block["values"]?[alias]?[culture]?.GetValue<string>();

    private static string DraftWith(ContentItem item, List<JsonObject> blocks)
    {
        var draft = item.Draft.Clone();
        draft.Set("blocks", "", new JsonArray(blocks.Select(b => (JsonNode?)b.DeepClone()).ToArray()));
        return draft.ToJson();
    }
}
