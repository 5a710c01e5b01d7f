using System.Text.RegularExpressions;

namespace Brand.Cms.Core.Content;

/// <summary>URL segments: generated from a name ("Événements à venir" → "evenements-a-venir"); uniqueness is SegmentAssigner's job.</summary>
public static partial class UrlSegments
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Valid();

    public static string FromName(string name)
    {
        var slug = TextFolding.Fold(name, '-');
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug.Length == 0 ? "page" : slug;
    }
}
