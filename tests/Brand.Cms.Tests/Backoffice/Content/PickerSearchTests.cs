using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>The content picker's search finds French names, accents and capitals as typed, on both databases.</summary>
public sealed class PickerSearchTests
{
    private static readonly Guid EventsFolder = Guid.Parse("5a400d6a-e56f-4ff8-9326-2a228f61924e");

    public static TheoryData<DatabaseProvider> Providers() => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task APickerSearch_FindsAnAccentedName_InEitherCase_EvenBehindManyItemsMentioningIt(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var queries = server.Get<ContentQueries>();
        var create = server.Get<ContentEditor>();
        var directory = (await queries.AllAsync()).First(i => i.ContentType == "actorsFolder");

        // 110 actors that mention the term in their description only, created before the one whose name holds it.
        for (var i = 0; i < 110; i++)
        {
            var other = new DocumentData();
            other.Names["fr"] = $"Acteur de charge {i:000}";
            other.Set("description", "fr", System.Text.Json.Nodes.JsonValue.Create("Intervient dans la Région Normandie et ailleurs."));
            Assert.True((await create.CreateAsync(new NewContent("labelledActor", directory.Id, other, "test"))).Succeeded);
        }

        var data = new DocumentData();
        data.Names["fr"] = "Agence de la Région Normandie";
        Assert.True((await create.CreateAsync(new NewContent("labelledActor", directory.Id, data, "test"))).Succeeded);
        var eventId = (await queries.ChildrenAsync((await queries.GetByKeyAsync(EventsFolder))!.Id))[0].Id;

        foreach (var term in new[] { "Région Normandie", "région normandie", "AGENCE DE LA", "Agence de la Région" })
        {
            var form = (await ContentPages.FormAsync(editor, eventId, "fr"))
                .Set("v.organiserActor.search", term)
                .Add("pickerSearch", "v.organiserActor");
            using var searched = await editor.PostFieldsAsync($"/backoffice/content/{eventId}?handler=refresh&culture=fr", form.Fields);
            Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
            Assert.True(WebUtility.HtmlDecode(await searched.Content.ReadAsStringAsync()).Contains("Agence de la Région Normandie", StringComparison.Ordinal),
                $"'{term}' did not find the agency on {provider}");
        }
    }
}
