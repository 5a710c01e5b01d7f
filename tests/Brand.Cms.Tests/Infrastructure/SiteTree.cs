using Brand.Cms.Core.Content;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>A home page with a news folder, created through the services (not the seed).</summary>
public sealed record SiteTree(int Home, int News)
{
    public static async Task<SiteTree> CreateAsync(Engine engine, bool publish = true)
    {
        var home = Ok(await engine.Editor.CreateAsync(new NewContent("home", null, Docs.Home(), "alice")));
        var news = Ok(await engine.Editor.CreateAsync(new NewContent("newsFolder", home.Id, Docs.NewsFolder(), "alice")));
        if (publish)
        {
            Ok(await engine.Publishing.PublishAsync(home.Id, null, "alice"));
            Ok(await engine.Publishing.PublishAsync(news.Id, null, "alice"));
        }

        return new SiteTree(home.Id, news.Id);
    }

    public static T Ok<T>(OperationResult<T> result)
    {
        Assert.True(result.Succeeded, result.ToString());
        return result.Value!;
    }
}
