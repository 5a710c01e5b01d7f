using System.Globalization;
using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>A form the server sends back (refused, or after a block operation) keeps what was typed, dates included.</summary>
public sealed class EditorRedisplayTests
{
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    [Fact]
    public async Task ATypedDateTime_ComesBackInParisTime_AfterARefusedSave_AndIsKeptByTheNextSave()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var eventId = (await queries.ChildrenAsync((await queries.GetByKeyAsync(EventsFolder))!.Id))[0].Id;

        // A stored UTC value is shown in Paris time: 08:30 UTC in winter is 09:30 in Paris.
        var stored = (await queries.GetAsync(eventId))!.Draft.Get("startDate", "")!.GetValue<string>();
        var form = await ContentPages.FormAsync(editor, eventId, "fr");
        var shownFromStore = DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.Equal(TimeZoneInfo.ConvertTime(shownFromStore, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), form.Get("v.startDate"));

        // A new start date, and a postcode the validation refuses: 422, the date typed is still there.
        form.Set("v.startDate", "2027-03-04T09:30").Set("v.endDate", "2027-03-04T17:00").Set("v.postcode", "123");
        using var refused = await editor.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=fr", form.Fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = EditorForm.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("2027-03-04T09:30", again.Get("v.startDate"));
        Assert.Equal("2027-03-04T17:00", again.Get("v.endDate"));

        // The corrected form, as the browser sends it back, saves the date typed the first time.
        using var saved = await editor.PostFieldsAsync($"/backoffice/content/{eventId}?handler=save&culture=fr", again.Set("v.postcode", "35000").Fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2027-03-04T08:30:00Z", (await queries.GetAsync(eventId))!.Draft.Get("startDate", "")!.GetValue<string>());
    }

    [Fact]
    public async Task ARefusedSchedule_ComesBackWithWhatWasTyped_AndTheReasonNextToTheDate()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var eventId = (await queries.ChildrenAsync((await queries.GetByKeyAsync(EventsFolder))!.Id))[0].Id;
        var url = $"/backoffice/content/{eventId}?handler=schedule&culture=fr";

        using var past = await editor.PostFormAsync(url, new() { ["scheduleAction"] = "unpublish", ["scheduleCulture"] = "en", ["scheduleAt"] = "2020-07-14T10:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var html = await past.Content.ReadAsStringAsync();
        var schedule = EditorForm.Parse(html, "programmer");
        Assert.Equal("unpublish", schedule.Get("scheduleAction"));
        Assert.Equal("en", schedule.Get("scheduleCulture"));
        Assert.Equal("2020-07-14T10:00", schedule.Get("scheduleAt"));
        Assert.Matches("<div class=\"fr-input-group fr-input-group--error\">\\s*<label[^>]*for=\"scheduleAt\"", html);
        Assert.Matches("id=\"scheduleAt\"[^>]*aria-describedby=\"scheduleAt-hint scheduleAt-error\"", html);
        Assert.Contains("id=\"scheduleAt-error\">Cette date est passée", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Empty(await server.Get<ContentScheduler>().ListAsync(eventId));

        using var garbled = await editor.PostFormAsync(url, new() { ["scheduleAction"] = "publish", ["scheduleCulture"] = "fr", ["scheduleAt"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbled.StatusCode);
        Assert.Contains("id=\"scheduleAt-error\">Saisissez une date et une heure", WebUtility.HtmlDecode(await garbled.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
