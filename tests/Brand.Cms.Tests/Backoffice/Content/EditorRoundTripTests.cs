using System.Net;
using System.Text.Json.Nodes;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

public sealed class EditorRoundTripTests
{
    /// <summary>
    /// Every seeded type's editor renders, in both cultures, and saving the form untouched keeps every value:
    /// each editor kind shows its stored value in a form the reader turns back into the same value.
    /// </summary>
    [Fact]
    public async Task SavingAnUntouchedForm_OfEveryType_InEitherCulture_ChangesNoValue()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var admin = await BackofficeSession.SignInAsync(server, Roles.Administrator);
        var queries = server.Get<ContentQueries>();
        var oneOfEach = (await queries.AllAsync()).GroupBy(i => i.ContentType).Select(g => g.First()).ToList();
        Assert.True(oneOfEach.Count >= 15, $"only {oneOfEach.Count} types seeded");
        foreach (var script in new[] { "/_content/Brand.Backoffice/lib/quill/quill.js", "/_content/Brand.Backoffice/lib/sortablejs/Sortable.min.js", "/_content/Brand.Backoffice/js/content-editor.js" })
        {
            using var asset = await server.Http.GetAsync(script);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{script} answered {(int)asset.StatusCode}");
        }

        foreach (var item in oneOfEach)
        {
            foreach (var culture in new[] { "fr", "en" })
            {
                var before = (await queries.GetAsync(item.Id))!;
                var form = await ContentPages.FormAsync(admin, item.Id, culture);
                using var saved = await admin.PostFieldsAsync($"/backoffice/content/{item.Id}?handler=save&culture={culture}", form.Fields);
                Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
                    $"{item.ContentType} {item.Id} [{culture}] answered {(int)saved.StatusCode}: {Errors(await saved.Content.ReadAsStringAsync())}");
                var after = (await queries.GetAsync(item.Id))!;
                Assert.Equal(before.Draft.Names, after.Draft.Names);
                Assert.Equal(before.Draft.Segments, after.Draft.Segments);
                foreach (var alias in before.Draft.Values.Keys.Union(after.Draft.Values.Keys))
                {
                    foreach (var c in new[] { "", "fr", "en" })
                    {
                        var was = before.Draft.Get(alias, c);
                        var now = after.Draft.Get(alias, c);
                        // An unticked box is saved as false where nothing was stored: the same meaning.
                        var same = JsonNode.DeepEquals(was, now) || (was is null && now is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.False);
                        Assert.True(same, $"{item.ContentType}.{alias} [{c}] saved from the {culture} form: {was?.ToJsonString()} became {now?.ToJsonString()}");
                    }
                }
            }
        }
    }

    private static string Errors(string html) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#(f-[^\"]+)\">([^<]+)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value + ": " + m.Groups[2].Value)));
}
