using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

public sealed class EditorPickerAndScheduleTests
{
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    [Fact]
    public async Task AContentPicker_SearchesItsAllowedTypes_WithoutSaving_AndTheChoiceIsSaved()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var eventId = (await queries.ChildrenAsync((await queries.GetByKeyAsync(EventsFolder))!.Id))[0].Id;
        var before = (await queries.GetAsync(eventId))!;

        var form = (await ContentPages.FormAsync(editor, eventId, "fr"))
            .Set("v.summary.fr", "Résumé modifié avant la recherche")
            .Set("v.organiserActor.search", "Atelier Numérique Rennais")
            .Add("pickerSearch", "v.organiserActor");
        using var searched = await editor.PostFieldsAsync($"/backoffice/content/{eventId}?handler=refresh&culture=fr", form.Fields);
        var html = WebUtility.HtmlDecode(await searched.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.Contains("Exemple — Atelier Numérique Rennais", html, StringComparison.Ordinal);
        var actor = (await queries.AllAsync()).First(i => i.Draft.Names.GetValueOrDefault("fr") == "Exemple — Atelier Numérique Rennais");
        Assert.Equal(before.Version, (await queries.GetAsync(eventId))!.Version);

        var again = EditorForm.Parse(html).Remove("pickerSearch").Set("v.organiserActor", actor.Key.ToString());
        Assert.Equal("Résumé modifié avant la recherche", again.Get("v.summary.fr"));
        using var saved = await editor.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=fr", again.Fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(actor.Key.ToString(), (await queries.GetAsync(eventId))!.Draft.Get("organiserActor", "")!.GetValue<string>());
    }

    [Fact]
    public async Task APublishIsScheduledInParisTime_Listed_AndCancelled()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var queries = server.Get<ContentQueries>();
        var eventId = (await queries.ChildrenAsync((await queries.GetByKeyAsync(EventsFolder))!.Id))[0].Id;
        var url = $"/backoffice/content/{eventId}?handler=schedule&culture=en";
        var fields = new Dictionary<string, string> { ["scheduleAction"] = "unpublish", ["scheduleCulture"] = "en", ["scheduleAt"] = "2099-07-14T10:00" };

        using (var refused = await writer.PostFormAsync(url, fields))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var scheduled = await editor.PostFormAsync(url, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }

        var schedule = Assert.Single(await server.Get<ContentScheduler>().ListAsync(eventId));
        Assert.Equal(new DateTime(2099, 7, 14, 8, 0, 0, DateTimeKind.Utc), schedule.DueAt); // 10:00 in Paris in summer
        Assert.Equal(ScheduledActionKind.Unpublish, schedule.Action);
        Assert.Contains("Dépublication (en) le 14/07/2099 à 10h00", WebUtility.HtmlDecode(await editor.GetStringAsync($"/backoffice/content/{eventId}?culture=en")), StringComparison.Ordinal);

        using (var cancelled = await editor.PostFormAsync($"/backoffice/content/{eventId}?handler=cancelSchedule&culture=en", new() { ["scheduleId"] = schedule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }

        Assert.Empty(await server.Get<ContentScheduler>().ListAsync(eventId));
    }
}
