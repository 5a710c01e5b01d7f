using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Review;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Versions;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>One line of a side-by-side diff, worded for people: the field's French label, the culture, readable values.</summary>
public sealed record DiffRow(string Field, string Culture, string? Before, string? After);

/// <summary>Turns the engine's <see cref="VersionChange"/>s into rows for HistoryDiff.cshtml (history and review).</summary>
public static partial class HistoryDiff
{
    public static IReadOnlyList<DiffRow> Rows(DocumentType type, IReadOnlyList<VersionChange> changes) =>
        changes.Select(c =>
        {
            var property = type.Property(c.Field);
            var label = c.Field switch
            {
                "name" => "Nom",
                "urlSegment" => "Segment d'URL",
                _ => property?.Label.In("fr") ?? c.Field,
            };
            return new DiffRow(label, ReviewLabels.Culture(c.Culture ?? ""), Readable(property, c.Before), Readable(property, c.After));
        }).ToList();

    /// <summary>Rich text as the words a reader sees (the page encodes them); other values as stored.</summary>
    private static string? Readable(PropertyType? property, string? value)
    {
        if (value is null || property?.Editor != EditorKind.RichText)
        {
            return value;
        }

        var text = BlockEnd().Replace(value, "\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<br\s*/?>|</(p|h[1-6]|li|div|blockquote|tr)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n\s*\n\s*(\n\s*)+")]
    private static partial Regex BlankLines();
}
