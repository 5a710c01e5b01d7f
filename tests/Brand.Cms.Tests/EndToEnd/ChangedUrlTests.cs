using System.Net;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>An editor changes an event's French URL segment and republishes: links to the old URL keep working.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class ChangedUrlTests(SiteBrowserFixture site)
{
    [Fact]
    public async Task OldUrl_AfterTheSegmentChanged_Answers301ToTheNewUrl()
    {
        // A copy of a seeded event, so the pages other tests visit keep their URLs.
        var id = await site.CreateEventCopyAsync("renomme");
        var oldUrl = site.Published.GetById(id, "fr")!.Url!;
        var englishUrl = site.Published.GetById(id, "en")!.Url!;
        // Visited once first, so a cached copy of the old page exists and must not outlive the change.
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri(oldUrl, UriKind.Relative))).StatusCode);
        var item = (await site.Get<ContentQueries>().GetAsync(id))!;
        var data = item.Draft.Clone();
        data.Segments["fr"] = "nouvelle-adresse-" + Guid.NewGuid().ToString("N")[..8];

        SiteTree.Ok(await site.Get<ContentEditor>().SaveAsync(id, item.Version, data, SiteBrowserFixture.Actor));
        SiteTree.Ok(await site.Get<PublishingService>().PublishAsync(id, ["fr"], SiteBrowserFixture.Actor));
        var newUrl = site.Published.GetById(id, "fr")!.Url!;
        Assert.EndsWith("/" + data.Segments["fr"], newUrl, StringComparison.Ordinal);

        var response = await site.Http.GetAsync(new Uri(oldUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(newUrl, new Uri(site.BaseAddress, response.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(new Uri(englishUrl, UriKind.Relative))).StatusCode);

        var (context, page) = await site.NewPageAsync("fr");
        await using var _ = context;
        var landed = await page.GotoAsync(oldUrl);
        Assert.Equal(200, landed!.Status);
        Assert.True(Browse.IsPath(page.Url, newUrl), $"The browser ended on {page.Url}, not {newUrl}.");
        var redirect = await landed.Request.RedirectedFrom!.ResponseAsync();
        Assert.Equal(301, redirect!.Status);
        Assert.True(Browse.IsPath(landed.Request.RedirectedFrom.Url, oldUrl));
    }
}
