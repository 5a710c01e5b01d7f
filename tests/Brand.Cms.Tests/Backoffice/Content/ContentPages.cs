using System.Net;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>What a person does with the content pages, in a line each.</summary>
internal static class ContentPages
{
    /// <summary>Creates an item through the create page; returns its id (from the redirect to its editor).</summary>
    public static async Task<int> CreateAsync(BackofficeSession session, int? parentId, string type, string culture, string name)
    {
        using var response = await session.PostFormAsync($"/backoffice/content/create?parentId={parentId}&type={type}",
            new() { ["culture"] = culture, ["name"] = name });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/')[3].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<EditorForm> FormAsync(BackofficeSession session, int id, string culture) =>
        EditorForm.Parse(await session.GetStringAsync($"/backoffice/content/{id}?culture={culture}"));
}
