using System.Net;
using Brand.Backoffice.Security;
using Brand.Cms.Backups;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Tests.Backoffice.Media;
using Brand.Cms.Tests.Infrastructure;

namespace Brand.Cms.Tests.Backups;

/// <summary>Content and a media file put on a running site through the engine and the backoffice, for the backup tests.</summary>
internal static class BackupScenario
{
    /// <summary>A news article created and published in both cultures; its French URL.</summary>
    public static async Task<(ContentItem Item, string Url)> PublishArticleAsync(SiteServer server, string title)
    {
        var news = (await server.Get<ContentQueries>().AllAsync()).First(i => i.ContentType == "newsFolder" && !i.Trashed);
        var created = await server.Get<ContentEditor>().CreateAsync(new NewContent("newsArticle", news.Id, Docs.Article(title, title + " (en)"), "test"));
        Assert.True(created.Succeeded, created.ToString());
        var published = await server.Get<PublishingService>().PublishAsync(created.Value!.Id, null, "test");
        Assert.True(published.Succeeded, published.ToString());
        var url = server.Get<PublishedContentCache>().Current.GetById(created.Value.Id, "fr")?.Url;
        Assert.NotNull(url);
        return (created.Value, url);
    }

    /// <summary>A PNG uploaded through the backoffice's upload form; its public URL.</summary>
    public static async Task<string> UploadImageAsync(SiteServer server, string name)
    {
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        using var response = await MediaUploads.UploadAsync(editor, "visuel.png", MediaUploads.Png, name, "Visuel", "Visual");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = (await MediaUploads.ItemsAsync(server)).Single(m => m.Name == name);
        return $"/media/{item.Key:D}.png";
    }

    public static BackupLocation Location(TestDatabase database, string dataPath) =>
        new(database.Provider, database.ConnectionString, dataPath, dataPath);

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> _folders = CleanedAtExit();

    /// <summary>A new temporary folder, deleted when the test run ends (backups and restored sites hold whole databases).</summary>
    public static string NewFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        _folders.Add(folder);
        return folder;
    }

    private static System.Collections.Concurrent.ConcurrentBag<string> CleanedAtExit()
    {
        var folders = new System.Collections.Concurrent.ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var folder in folders)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: a file still held open stays for the OS's temp cleaner.
                }
            }
        };
        return folders;
    }

    /// <summary>Settings to start a site on a restored data folder, as it was: no seed on top.</summary>
    public static Dictionary<string, string?> RestoredSite(string dataPath) => new()
    {
        ["Brand:DataPath"] = dataPath,
        ["Brand:SeedOnEmptyDatabase"] = "false",
    };
}
