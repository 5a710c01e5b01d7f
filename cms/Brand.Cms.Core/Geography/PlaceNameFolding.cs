namespace Brand.Cms.Core.Geography;

/// <summary>
/// The form in which place names are compared: "Saint-Étienne", "saint etienne" and "St Etienne" all
/// become "saint etienne": <see cref="TextFolding"/>, plus the abbreviations of Saint and Sainte.
/// </summary>
internal static class PlaceNameFolding
{
    private static readonly string[] Articles = ["le ", "la ", "les ", "l "];

    /// <summary>
    /// Folds <paramref name="text"/>. St and Ste become Saint and Sainte when a word follows, so that a
    /// search for "st" still finds Strasbourg while "st etienne" finds Saint-Étienne.
    /// </summary>
    public static string Fold(string text)
    {
        var words = TextFolding.Fold(text).Split(' ');
        for (var i = 0; i < words.Length - 1; i++)
        {
            words[i] = words[i] switch { "st" => "saint", "ste" => "sainte", _ => words[i] };
        }

        return string.Join(' ', words);
    }

    /// <summary>The folded name without its leading article, so "sables" finds Les Sables-d'Olonne; null if it has none.</summary>
    public static string? WithoutArticle(string folded)
    {
        foreach (var article in Articles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal) && folded.Length > article.Length)
            {
                return folded[article.Length..];
            }
        }

        return null;
    }
}
