using System.Globalization;
using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// The interim site search: every word of the query must appear in the title, ignoring case and accents
/// ("securite" finds "Sécurité"). A later issue replaces it with the Lucene index; the page only needs groups.
/// </summary>
public static class TitleSearch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
    private static readonly CompareInfo _compare = CultureInfo.InvariantCulture.CompareInfo;

    public sealed record Group(string ContentType, string Label, IReadOnlyList<PublishedContent> Items);

    public static IReadOnlyList<Group> Run(PublishedContent? home, string query, string culture)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (home is null || words.Length == 0)
        {
            return [];
        }

        return home.Descendants.Prepend(home)
            .Where(item => item.Type.HasTemplate && item.Url is not null && item.Value<bool>("noIndex") != true)
            .Where(item => words.All(word => _compare.IndexOf(item.Name, word, Loose) >= 0))
            .GroupBy(item => item.ContentType)
            .Select(g => new Group(g.Key, g.First().Type.Name.In(culture), g.OrderBy(i => i.Name, StringComparer.Create(CultureInfo.GetCultureInfo(culture), true)).ToList()))
            .OrderByDescending(g => g.Items.Count)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
    }
}
