using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>A facet as the API shows it: its values with labels in the requested culture and their counts.</summary>
public sealed record FacetResult(string Name, IReadOnlyList<FacetValueResult> Values);

public sealed record FacetValueResult(string Value, string Label, int Count);

public sealed class FacetTypes
{
    public FacetTypes()
    {
        Value = new ObjectGraphType { Name = "FacetValue", Description = "A value of a facet and how many results it would give with the other filters applied." };
        Value.AddField(CommonTypes.Field("value", new NonNullGraphType(new StringGraphType()), "The value to filter on.", s => ((FacetValueResult)s).Value));
        Value.AddField(CommonTypes.Field("label", new NonNullGraphType(new StringGraphType()), "The value's label in the requested culture.", s => ((FacetValueResult)s).Label));
        Value.AddField(CommonTypes.Field("count", new NonNullGraphType(new IntGraphType()), "Results with this value.", s => ((FacetValueResult)s).Count));

        Facet = new ObjectGraphType { Name = "Facet", Description = "Counts per value of one facet. A facet's counts ignore its own filter, so other values stay visible." };
        Facet.AddField(CommonTypes.Field("name", new NonNullGraphType(new StringGraphType()), "The facet: a property alias, or contentType.", s => ((FacetResult)s).Name));
        Facet.AddField(CommonTypes.Field("values", new NonNullGraphType(new ListGraphType(new NonNullGraphType(Value))), "Values by decreasing count.", s => ((FacetResult)s).Values));
    }

    public ObjectGraphType Facet { get; }
    public ObjectGraphType Value { get; }

    /// <summary>Labels the index's counts: option labels, type names, or valid/expired/no date for date facets.</summary>
    public static IReadOnlyList<FacetResult> Label(SearchResults results, ContentModel model, IReadOnlyList<string> contentTypes, string culture) =>
        results.Facets.Select(f => new FacetResult(f.Key, f.Value.Select(c => new FacetValueResult(c.Value, LabelOf(f.Key, c.Value, model, contentTypes, culture), c.Count)).ToList())).ToList();

    private static string LabelOf(string facet, string value, ContentModel model, IReadOnlyList<string> contentTypes, string culture)
    {
        if (facet == IndexFields.ContentTypeFacet)
        {
            return model.Type(value)?.Name.In(culture) ?? value;
        }

        var english = culture == "en";
        switch (value)
        {
            case IndexSchema.Upcoming when model.Types.Values.Any(t => t.Property(facet) is { Editor: EditorKind.Date or EditorKind.DateTime }):
                return english ? "Upcoming or still valid" : "À venir ou en cours de validité";
            case IndexSchema.Past when model.Types.Values.Any(t => t.Property(facet) is { Editor: EditorKind.Date or EditorKind.DateTime }):
                return english ? "Past or expired" : "Passé ou expiré";
            case IndexSchema.Undated when model.Types.Values.Any(t => t.Property(facet) is { Editor: EditorKind.Date or EditorKind.DateTime }):
                return english ? "No date" : "Sans date";
        }

        var types = contentTypes.Count > 0 ? contentTypes.Select(model.Type).OfType<DocumentType>() : model.Types.Values;
        return types.Select(t => t.Property(facet)).OfType<PropertyType>().Select(p => p.OptionLabel(value, culture)).FirstOrDefault(l => l != value) ?? value;
    }
}
