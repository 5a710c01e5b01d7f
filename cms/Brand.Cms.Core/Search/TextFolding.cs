using System.Globalization;
using System.Text;

namespace Brand.Cms.Core.Search;

/// <summary>Accent- and case-insensitive keys, for sorting names the way a French reader expects.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        // As Lucene's ASCII folding does: "cœur" is "coeur", so sorting and matching agree.
        return result.ToString().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
    }

    /// <summary>The folded name with punctuation dropped: "Éric" sorts with "eric", "L'Atelier" near "latelier".</summary>
    public static string SortKey(string name)
    {
        var folded = Fold(name);
        var result = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == ' ')
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }
}
