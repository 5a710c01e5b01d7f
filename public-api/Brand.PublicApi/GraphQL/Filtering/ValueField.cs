using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.GraphQL.Filtering;

/// <summary>The kinds of value `where:` and `order:` know how to compare.</summary>
public enum ValueKind
{
    Text,
    WholeNumber,
    DecimalNumber,
    Boolean,
    Date,
    DateTime,
    TextList,
    Reference,
}

/// <summary>A value of an item that can be filtered on, and perhaps sorted by: a common field or a property.</summary>
public sealed record ValueField(string Name, ValueKind Kind, Func<PublishedContent, object?> Get, bool Sortable, string? Description = null, string? Deprecated = null)
{
    /// <summary>The fields every item has, whatever its type.</summary>
    public static readonly IReadOnlyList<ValueField> Common =
    [
        new("name", ValueKind.Text, c => c.Name, true, "The item's name in the requested culture."),
        new("contentType", ValueKind.Text, c => c.ContentType, true, "The alias of the item's document type."),
        new("createDate", ValueKind.DateTime, c => c.CreateDate.AsUtc(), true, "When the item was created."),
        new("updateDate", ValueKind.DateTime, c => c.UpdateDate.AsUtc(), true, "When the item was last saved."),
        new("publishDate", ValueKind.DateTime, c => c.PublishDate.AsUtc(), true, "When the requested culture was last published."),
        new("sortOrder", ValueKind.WholeNumber, c => (long)c.SortOrder, true, "Position among its siblings in the content tree."),
    ];

    /// <summary>The filterable form of a property, or null for kinds that cannot be compared (geo points, blocks, media).</summary>
    public static ValueField? Of(PropertyType property)
    {
        var alias = property.Alias;
        var description = property.Label.In("en");
        var kind = property.Editor switch
        {
            _ when property.Editor.IsTextLike() => ValueKind.Text,
            EditorKind.Integer => ValueKind.WholeNumber,
            EditorKind.Decimal => ValueKind.DecimalNumber,
            EditorKind.Boolean => ValueKind.Boolean,
            EditorKind.Date => ValueKind.Date,
            EditorKind.DateTime => ValueKind.DateTime,
            EditorKind.SingleChoice => ValueKind.Text,
            EditorKind.MultipleChoice or EditorKind.Tags => ValueKind.TextList,
            EditorKind.ContentPicker => ValueKind.Reference,
            _ => (ValueKind?)null,
        };
        if (kind is not { } k)
        {
            return null;
        }

        // Long texts are searched, not sorted: ordering by a body would only be slow.
        var sortable = k is not (ValueKind.TextList or ValueKind.Reference) && property.Editor is not (EditorKind.RichText or EditorKind.Markdown or EditorKind.Textarea);
        // A withheld value must not be guessable through filters or order either.
        return new ValueField(alias, k, c => PrivatePersons.Withholds(c, alias) ? null : c.Value(alias), sortable, description, property.Deprecated);
    }

}
