using System.Globalization;
using System.Text;

namespace Brand.Cms.Core;

/// <summary>
/// The one way text is folded for comparing: URL segments ("Événements à venir" → "evenements-a-venir"),
/// name sort keys, place-name lookups. Lower-case ASCII letters and digits, accents dropped, œ, æ and ß
/// spelled out, every run of anything else one separator, none at either end.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text, char separator = ' ')
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'œ':
                    folded.Append("oe");
                    break;
                case 'æ':
                    folded.Append("ae");
                    break;
                case 'ß':
                    folded.Append("ss");
                    break;
                case var letter when char.IsAsciiLetterOrDigit(letter):
                    folded.Append(letter);
                    break;
                default:
                    if (folded.Length > 0 && folded[^1] != separator)
                    {
                        folded.Append(separator);
                    }

                    break;
            }
        }

        return folded.ToString().TrimEnd(separator);
    }
}
