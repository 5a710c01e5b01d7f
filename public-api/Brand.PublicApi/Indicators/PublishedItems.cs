using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indicators;

/// <summary>
/// Every public item under the site's home pages, once, whatever the cultures it is public in: first walked in
/// the default culture, then the items public only in another one. Lazy, so a 100,000-item walk holds one item at
/// a time; each item comes in the first culture it is public in.
/// </summary>
public static class PublishedItems
{
    public static IEnumerable<PublishedContent> All(PublishedSnapshot snapshot)
    {
        var cultures = snapshot.Cultures.Codes;
        var homes = cultures.Select(snapshot.SiteRoot).ToArray();
        for (var i = 0; i < cultures.Count; i++)
        {
            if (homes[i] is not { } home)
            {
                continue;
            }

            foreach (var item in home.Descendants)
            {
                if (!WalkedBefore(item, i))
                {
                    yield return item;
                }
            }
        }

        // Under the same home, an item public in an earlier culture was met in that culture's walk.
        bool WalkedBefore(PublishedContent item, int culture)
        {
            for (var earlier = 0; earlier < culture; earlier++)
            {
                if (homes[earlier]?.Id == homes[culture]!.Id && item.InCulture(cultures[earlier]) is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static IEnumerable<PublishedContent> OfType(PublishedSnapshot snapshot, string contentType) =>
        All(snapshot).Where(item => item.ContentType == contentType);
}
