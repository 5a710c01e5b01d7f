using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Brand.Cms.Core.Content;

/// <summary>URL segments: generated from a name ("Événements à venir" → "evenements-a-venir"); uniqueness is SegmentAssigner's job.</summary>
public static partial class UrlSegments
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Valid();

    public static string FromName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : "-",
            };
            slug.Append(folded);
        }

        var collapsed = Dashes().Replace(slug.ToString(), "-").Trim('-');
        if (collapsed.Length > 80)
        {
            collapsed = collapsed[..80].TrimEnd('-');
        }

        return collapsed.Length == 0 ? "page" : collapsed;
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
