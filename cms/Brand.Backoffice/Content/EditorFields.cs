using Brand.Cms.Core.DocumentTypes;

namespace Brand.Backoffice.Content;

/// <summary>
/// The names of the editor form's fields, in one place: the reader, the view and the tests agree on them.
/// A value is "v.{alias}" (shared by the cultures) or "v.{alias}.{culture}"; a block's value is
/// "{list}[{index}].{alias}", with ".{culture}" for a culture-variant property in a shared list.
/// </summary>
public static class EditorFields
{
    public const string Version = "version";
    public const string Culture = "culture";

    /// <summary>"true" when the form carries the values shared by the cultures (not for a Translator).</summary>
    public const string Shared = "shared";

    public const string OverwriteVersion = "overwriteVersion";
    public const string BlockOperation = "blockOp";
    public const string PickerSearch = "pickerSearch";
    public const string PublishCultures = "publishCultures";
    public const string UnpublishCultures = "unpublishCultures";

    public static string Name(string culture) => $"name.{culture}";

    public static string Segment(string culture) => $"segment.{culture}";

    public static string Value(PropertyType property, string culture) =>
        property.VariesByCulture && culture.Length > 0 ? $"v.{property.Alias}.{culture}" : $"v.{property.Alias}";

    public static string Block(string list, int index) => $"{list}[{index}]";

    public static string BlockType(string list, int index) => $"{Block(list, index)}.type";

    public static string BlockKey(string list, int index) => $"{Block(list, index)}.key";

    public static string BlockCount(string list) => $"{list}.count";

    public static string NewBlockType(string list) => $"{list}.newType";

    /// <summary>A value of an element's property inside a block; <paramref name="culture"/> only for a variant property of a shared list.</summary>
    public static string BlockValue(string list, int index, string alias, string? culture = null) =>
        culture is null ? $"{Block(list, index)}.{alias}" : $"{Block(list, index)}.{alias}.{culture}";

    /// <summary>Another culture's value of a block, kept as JSON in a hidden field so reordering keeps it.</summary>
    public static string Kept(string field) => $"{field}.json";

    public static string Latitude(string field) => $"{field}.lat";

    public static string Longitude(string field) => $"{field}.lon";

    public static string Search(string field) => $"{field}.search";

    /// <summary>An HTML id for a field name (for labels, aria-describedby and the error summary's links).</summary>
    public static string Id(string field) => "f-" + new string(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
