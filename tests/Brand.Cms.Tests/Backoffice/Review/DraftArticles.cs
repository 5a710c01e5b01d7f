using Brand.Cms.Core.Content;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backoffice.Review;

/// <summary>News articles in the seeded site's news folder, written through the engine as the editor page would.</summary>
internal static class DraftArticles
{
    public static async Task<ContentItem> CreateAsync(SiteServer server, string fr, string en = "An article")
    {
        var folder = (await server.Get<ContentQueries>().AllAsync()).First(i => i.ContentType == "newsFolder");
        return SiteTree.Ok(await server.Get<ContentEditor>().CreateAsync(new NewContent("newsArticle", folder.Id, Docs.Article(fr, en), "Alice <alice@example.fr>")));
    }

    /// <summary>Saves a change to the current draft, as someone else working on the item.</summary>
    public static async Task<ContentItem> ChangeAsync(SiteServer server, int id, Action<DocumentData> change, string actor = "Bob <bob@example.fr>")
    {
        var item = (await server.Get<ContentQueries>().GetAsync(id))!;
        var data = item.Draft.Clone();
        change(data);
        return SiteTree.Ok(await server.Get<ContentEditor>().SaveAsync(id, item.Version, data, actor));
    }

    public static async Task<ContentItem> GetAsync(SiteServer server, int id) => (await server.Get<ContentQueries>().GetAsync(id))!;
}
