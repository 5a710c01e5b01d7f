using System.Net;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Content;

public sealed class ContentEditorTests
{
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnEditor_CreatesAnEventInFrench_TranslatesIt_AndPublishesBoth_ThePublicPagesAnswer(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var folder = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;

        var id = await ContentPages.CreateAsync(editor, folder.Id, "event", "fr", "Atelier cybersécurité à Rennes");
        var fr = await ContentPages.FormAsync(editor, id, "fr");
        fr.Set("v.summary.fr", "Deux heures pour protéger son entreprise.")
            .Set("v.organiser.fr", "CCI Ille-et-Vilaine")
            .Set("v.eventType", "workshop")
            .Set("v.eventMode", "onSite")
            .Set("v.startDate", "2027-03-04T09:30");
        using (var saved = await editor.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", fr.Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var en = await ContentPages.FormAsync(editor, id, "en");
        Assert.Equal("2027-03-04T09:30", en.Get("v.startDate")); // shown back in Paris time
        en.Set("name.en", "Cybersecurity workshop in Rennes")
            .Set("v.summary.en", "Two hours to protect your business.")
            .Set("v.organiser.en", "CCI Ille-et-Vilaine")
            .Remove("publishCultures").Add("publishCultures", "fr").Add("publishCultures", "en");
        using (var published = await editor.PostFieldsAsync($"/backoffice/content/{id}?handler=publish&culture=en", en.Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var item = (await server.Get<ContentQueries>().GetAsync(id))!;
        Assert.Equal("2027-03-04T08:30:00Z", item.Draft.Get("startDate", "")!.GetValue<string>()); // 09:30 in Paris in winter
        using var frPage = await server.Http.GetAsync($"/fr/evenements/{item.Published!.Segments["fr"]}");
        using var enPage = await server.Http.GetAsync($"/en/events/{item.Published.Segments["en"]}");
        Assert.Equal(HttpStatusCode.OK, frPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enPage.StatusCode);
        Assert.Contains("Atelier cybersécurité à Rennes", WebUtility.HtmlDecode(await frPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Cybersecurity workshop in Rennes", WebUtility.HtmlDecode(await enPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var audit = await db.Audit.Where(a => a.Target == $"content:{id}").ToListAsync();
        Assert.Contains(audit, a => a.Action == "content.save" && a.Outcome == AuditOutcome.Succeeded && a.After!.Contains("Deux heures", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "content.publish" && a.Outcome == AuditOutcome.Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ABadValue_OrAMissingRequiredField_ComesBackNextToItsField_WithEverythingTyped(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var folder = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var id = await ContentPages.CreateAsync(editor, folder.Id, "event", "fr", "Rencontre des connecteurs");

        var form = (await ContentPages.FormAsync(editor, id, "fr"))
            .Set("v.summary.fr", "Un résumé tapé avec soin")
            .Set("v.registrationUrl", "pas une adresse")
            .Set("v.postcode", "3500");
        using var refused = await editor.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", form.Fields);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = EditorForm.Parse(html);
        Assert.Equal("Un résumé tapé avec soin", again.Get("v.summary.fr"));
        Assert.Equal("pas une adresse", again.Get("v.registrationUrl"));
        Assert.Equal("3500", again.Get("v.postcode"));
        Assert.Contains("id=\"f-v-registrationUrl-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-v-registrationUrl-hint f-v-registrationUrl-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Le code postal compte exactement cinq chiffres.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"#f-v-registrationUrl\"", html, StringComparison.Ordinal); // the summary links to the field
        Assert.Equal(1, (await server.Get<ContentQueries>().GetAsync(id))!.Version); // nothing saved

        // Publishing without the required fields: the draft is saved, nothing is published, each field says why.
        var publish = again.Set("v.registrationUrl", "https://exemple.fr/inscription").Set("v.postcode", "35000");
        using var unpublishable = await editor.PostFieldsAsync($"/backoffice/content/{id}?handler=publish&culture=fr", publish.Fields);
        var page = WebUtility.HtmlDecode(await unpublishable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unpublishable.StatusCode);
        Assert.Contains("id=\"f-v-organiser-fr-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-v-startDate-error\"", page, StringComparison.Ordinal);
        Assert.Equal("Un résumé tapé avec soin", EditorForm.Parse(page).Get("v.summary.fr"));
        var item = (await server.Get<ContentQueries>().GetAsync(id))!;
        Assert.Null(item.Published);
        Assert.Equal("https://exemple.fr/inscription", item.Draft.Get("registrationUrl", "")!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AConflict_KeepsTheSecondPersonsTypedValues_NamesTheFirst_AndTheExplicitOverwriteWorks(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var first = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var second = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var folder = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var id = await ContentPages.CreateAsync(first, folder.Id, "event", "fr", "Webinaire paiement en ligne");

        var firstForm = (await ContentPages.FormAsync(first, id, "fr")).Set("v.summary.fr", "Version de la première personne");
        var secondForm = (await ContentPages.FormAsync(second, id, "fr")).Set("v.summary.fr", "Version de la seconde personne");
        using (var saved = await first.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", firstForm.Fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", secondForm.Fields);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains(first.Email.Split('@')[0], html, StringComparison.Ordinal);
        Assert.Equal("Version de la première personne", (await server.Get<ContentQueries>().GetAsync(id))!.Draft.Get("summary", "fr")!.GetValue<string>());
        var kept = EditorForm.Parse(html);
        Assert.Equal("Version de la seconde personne", kept.Get("v.summary.fr"));

        // Saving again without choosing still refuses; the explicit button overwrites.
        using (var stillRefused = await second.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", kept.Fields))
        {
            Assert.Equal(HttpStatusCode.Conflict, stillRefused.StatusCode);
        }

        using var overwrite = await second.PostFieldsAsync($"/backoffice/content/{id}?handler=save&culture=fr", kept.Fields.Append(KeyValuePair.Create("overwriteVersion", "2")));
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        var item = (await server.Get<ContentQueries>().GetAsync(id))!;
        Assert.Equal("Version de la seconde personne", item.Draft.Get("summary", "fr")!.GetValue<string>());
        Assert.Equal(3, item.Version);
    }

    [Fact]
    public async Task AWritersHandMadePublish_Is403_Audited_AndPublishesNothing()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var folder = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var eventId = (await server.Get<ContentQueries>().ChildrenAsync(folder.Id))[0].Id;
        var before = (await server.Get<ContentQueries>().GetAsync(eventId))!;
        var form = await ContentPages.FormAsync(writer, eventId, "fr");
        Assert.DoesNotContain("handler=publish", await writer.GetStringAsync($"/backoffice/content/{eventId}?culture=fr"), StringComparison.Ordinal);

        using var refused = await writer.PostFieldsAsync($"/backoffice/content/{eventId}?handler=publish&culture=fr",
            form.Set("name.fr", "Titre changé par un rédacteur").Add("publishCultures", "fr").Fields);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var after = (await server.Get<ContentQueries>().GetAsync(eventId))!;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Published!.ToJson(), after.Published!.ToJson());
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "permission.ContentPublish" && a.Outcome == AuditOutcome.Refused && a.Target == $"content:{eventId}");
    }

    [Fact]
    public async Task ATranslator_SavesEnglish_ButAHandMadeChangeToFrenchOrSharedValues_Is403()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var translator = await BackofficeSession.SignInAsync(server, Roles.Translator);
        var folder = (await server.Get<ContentQueries>().GetByKeyAsync(EventsFolder))!;
        var eventId = (await server.Get<ContentQueries>().ChildrenAsync(folder.Id))[0].Id;

        var frPage = await translator.GetStringAsync($"/backoffice/content/{eventId}?culture=fr");
        Assert.Null(EditorForm.Parse(frPage).Get("v.summary.fr")); // shown read-only (disabled)
        var en = await ContentPages.FormAsync(translator, eventId, "en");
        Assert.Null(en.Get("v.eventType")); // a shared value is read-only in English too
        Assert.Null(en.Get("shared"));

        using (var french = await translator.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=fr",
            en.Fields.Where(f => f.Key != "culture").Append(KeyValuePair.Create("culture", "fr")).Append(KeyValuePair.Create("name.fr", "Changé en douce"))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, french.StatusCode);
        }

        using (var shared = await translator.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=en",
            en.Fields.Append(KeyValuePair.Create("shared", "true")).Append(KeyValuePair.Create("v.eventType", "webinar"))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, shared.StatusCode);
        }

        Assert.Equal(1, (await server.Get<ContentQueries>().GetAsync(eventId))!.Version);
        using var english = await translator.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=en",
            en.Set("v.summary.en", "A better English summary.").Fields);
        Assert.Equal(HttpStatusCode.Redirect, english.StatusCode);
        var item = (await server.Get<ContentQueries>().GetAsync(eventId))!;
        Assert.Equal("A better English summary.", item.Draft.Get("summary", "en")!.GetValue<string>());
        Assert.Equal(2, item.Version);
    }

    [Fact]
    public async Task BlockListButtons_AddMoveAndRemoveBlocks_WithoutSaving_AndKeepEverythingTyped()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var page = (await server.Get<ContentQueries>().GetByKeyAsync(Guid.Parse("d1ee93ab-aafb-4d35-8650-61645fa6e2c1")))!;
        var blocks = page.Draft.Get("blocks", "")!.AsArray().Count;
        var url = $"/backoffice/content/{page.Id}?handler=refresh&culture=fr";

        var form = (await ContentPages.FormAsync(editor, page.Id, "fr"))
            .Set("v.summary.fr", "Résumé tapé, pas encore enregistré")
            .Set("v.blocks.newType", "quoteBlock")
            .Add("blockOp", "add|v.blocks");
        using var added = await editor.PostFieldsAsync(url, form.Fields);
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var withNew = EditorForm.Parse(addedHtml);
        Assert.Equal((blocks + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), withNew.Get("v.blocks.count"));
        Assert.Equal("quoteBlock", withNew.Get($"v.blocks[{blocks}].type"));
        Assert.Equal("Résumé tapé, pas encore enregistré", withNew.Get("v.summary.fr"));

        // Type into the new block, move it up, then remove the block above it: the typed quote follows.
        var quoteField = withNew.Fields.First(f => f.Key.StartsWith($"v.blocks[{blocks}].", StringComparison.Ordinal) && f.Key.EndsWith(".fr", StringComparison.Ordinal)).Key;
        var quoteAlias = quoteField.Split('.')[2];
        withNew.Set(quoteField, "Une citation tapée").Add("blockOp", $"up|v.blocks|{blocks}");
        using var moved = await editor.PostFieldsAsync(url, withNew.Fields);
        var movedForm = EditorForm.Parse(await moved.Content.ReadAsStringAsync());
        Assert.Equal("quoteBlock", movedForm.Get($"v.blocks[{blocks - 1}].type"));
        Assert.Equal("Une citation tapée", movedForm.Get($"v.blocks[{blocks - 1}].{quoteAlias}.fr"));
        Assert.NotNull(movedForm.Get($"v.blocks[0].body.en.json")); // the other culture's values ride along

        movedForm.Remove("blockOp").Add("blockOp", "remove|v.blocks|0");
        using var removed = await editor.PostFieldsAsync(url, movedForm.Fields);
        var removedForm = EditorForm.Parse(await removed.Content.ReadAsStringAsync());
        Assert.Equal(blocks.ToString(System.Globalization.CultureInfo.InvariantCulture), removedForm.Get("v.blocks.count"));
        Assert.Equal("Une citation tapée", removedForm.Get($"v.blocks[{blocks - 2}].{quoteAlias}.fr"));
        Assert.Equal(page.Version, (await server.Get<ContentQueries>().GetAsync(page.Id))!.Version); // nothing saved yet

        removedForm.Remove("blockOp");
        using var saved = await editor.PostFieldsAsync($"/backoffice/content/{page.Id}?handler=save&culture=fr", removedForm.Fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await server.Get<ContentQueries>().GetAsync(page.Id))!.Draft;
        var storedBlocks = stored.Get("blocks", "")!.AsArray();
        Assert.Equal(blocks, storedBlocks.Count);
        Assert.Equal("Une citation tapée", storedBlocks[blocks - 2]!["values"]![quoteAlias]!["fr"]!.GetValue<string>());
        // The English text of the first remaining block was kept through the round trips.
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(page.Draft.Get("blocks", "")!.AsArray()[1]!["values"], storedBlocks[0]!["values"]),
            storedBlocks[0]!["values"]!.ToJsonString());
    }
}
