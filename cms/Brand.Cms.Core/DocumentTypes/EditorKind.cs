namespace Brand.Cms.Core.DocumentTypes;

/// <summary>The property editors the engine knows; the file's "editor" names one of them (camelCase).</summary>
#pragma warning disable CA1720 // The members are the editor names of the type files ("integer", "decimal").
public enum EditorKind
{
    Text,
    Textarea,
    RichText,
    Markdown,
    Integer,
    Decimal,
    Boolean,
    Date,
    DateTime,
    SingleChoice,
    MultipleChoice,
    Tags,
    Url,
    Email,
    Phone,
    MediaPicker,
    ContentPicker,
    GeoPoint,
    BlockList,
}
#pragma warning restore CA1720

public static class EditorKinds
{
    private static readonly Dictionary<string, EditorKind> _byName =
        Enum.GetValues<EditorKind>().ToDictionary(k => char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..], StringComparer.Ordinal);

    public static IEnumerable<string> Names => _byName.Keys;

    public static bool TryParse(string? name, out EditorKind kind) => _byName.TryGetValue(name ?? "", out kind);

    public static bool IsTextLike(this EditorKind kind) => kind is EditorKind.Text or EditorKind.Textarea or EditorKind.RichText
        or EditorKind.Markdown or EditorKind.Url or EditorKind.Email or EditorKind.Phone;

    /// <summary>Editors whose min/max bound the number of items rather than a numeric value.</summary>
    public static bool IsCounted(this EditorKind kind) => kind is EditorKind.MultipleChoice or EditorKind.Tags or EditorKind.BlockList
        or EditorKind.ContentPicker or EditorKind.MediaPicker;
}
