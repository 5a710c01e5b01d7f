using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Filtering;
using Brand.PublicApi.GraphQL.Loading;
using Brand.PublicApi.GraphQL.Relay;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Schema;

/// <summary>
/// The GraphQL types generated from the document-type files: one object type per document type (implementing
/// Node and Content) and per element type, each property as a typed field, a block list as a union of its
/// element types, pickers as references resolved in batches, and for each picker the reverse list on the
/// picked type (`eventsByOrganiserActor` on LabelledActor). Editing a type file changes the schema; no code does.
/// </summary>
public sealed class ContentGraph
{
    /// <summary>Fields of the Content interface: a property with one of these aliases is exposed with a "Property" suffix.</summary>
    private static readonly HashSet<string> _reserved = ["id", "key", "name", "contentType", "culture", "cultures", "url", "createDate",
        "updateDate", "publishDate", "level", "sortOrder", "parent", "ancestors", "children"];

    private readonly ContentModel _model;
    private readonly Dictionary<string, TypeGraph> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectGraphType> _elements = new(StringComparer.Ordinal);

    public ContentGraph(ContentModel model)
    {
        _model = model;
        Common = new CommonTypes();
        Operations = new FilterInputTypes();
        DefaultCulture = model.Cultures.Default.Code;

        var contentInterface = new InterfaceGraphType { Name = "Content", Description = "A published item of any document type." };
        Content = new TypeGraph("Content", contentInterface, Common.Connection("Content", contentInterface), Commons(), Operations, Common);

        foreach (var type in model.Types.Values.OrderBy(t => t.Alias, StringComparer.Ordinal))
        {
            var name = GraphNames.TypeName(type.Alias);
            var description = $"{type.Name.In("en")}: {type.Description.In("en")}".TrimEnd(' ', ':');
            if (type.IsElement)
            {
                _elements[type.Alias] = new ObjectGraphType { Name = name, Description = description };
                continue;
            }

            var graph = new ObjectGraphType { Name = name, Description = description };
            var fields = Commons().Values.Concat(type.Properties.Select(p => ValueField.Of(p) is { } f ? f with { Name = FieldName(p.Alias) } : null).OfType<ValueField>())
                .ToDictionary(f => f.Name, StringComparer.Ordinal);
            _documents[type.Alias] = new TypeGraph(name, graph, Common.Connection(name, graph), fields, Operations, Common);
        }

        Common.Node.ResolveType = ResolveDocument;
        contentInterface.ResolveType = ResolveDocument;
        // Interfaces are checked against the fields when added, so they come after them.
        AddContentFields(contentInterface);
        foreach (var field in contentInterface.Fields)
        {
            // Interfaces only declare; each object type resolves.
            field.Resolver = null;
        }

        contentInterface.AddResolvedInterface(Common.Node);
        foreach (var (alias, graph) in _documents)
        {
            var type = (ObjectGraphType)graph.GraphType;
            AddContentFields(type);
            AddProperties(type, model.RequiredType(alias));
            type.AddResolvedInterface(Common.Node);
            type.AddResolvedInterface(contentInterface);
        }

        foreach (var (alias, element) in _elements)
        {
            element.AddField(CommonTypes.Field("key", new NonNullGraphType(new GuidGraphType()), "The block's key, stable across edits.", s => ((ElementInCulture)s).Element.Key));
            element.AddField(CommonTypes.Field("contentType", new NonNullGraphType(new StringGraphType()), "The alias of the block's element type.", s => ((ElementInCulture)s).Element.ContentType));
            AddProperties(element, model.RequiredType(alias));
        }

        AddReverseReferences();
    }

    public CommonTypes Common { get; }
    public FilterInputTypes Operations { get; }
    public string DefaultCulture { get; }

    /// <summary>The Content interface with the fields every item shares.</summary>
    public TypeGraph Content { get; }

    /// <summary>Document types (not elements), by alias.</summary>
    public IReadOnlyDictionary<string, TypeGraph> Documents => _documents;

    public IEnumerable<IGraphType> AllTypes => _documents.Values.Select(d => (IGraphType)d.GraphType).Concat(_elements.Values);

    public static string TypeNameOf(PublishedContent content) => GraphNames.TypeName(content.ContentType);

    private static string FieldName(string alias) => _reserved.Contains(alias) ? alias + "Property" : alias;

    private ObjectGraphType? ResolveDocument(object value) =>
        value is PublishedContent c && _documents.TryGetValue(c.ContentType, out var graph) ? (ObjectGraphType)graph.GraphType : null;

    private static Dictionary<string, ValueField> Commons() => ValueField.Common.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private void AddContentFields(IComplexGraphType graph)
    {
        static PublishedContent C(object s) => (PublishedContent)s;
        graph.AddField(CommonTypes.Field("id", new NonNullGraphType(new IdGraphType()), "Opaque global ID, for `node(id:)`.", s => GlobalId.Encode(TypeNameOf(C(s)), C(s).Key)));
        graph.AddField(CommonTypes.Field("key", new NonNullGraphType(new GuidGraphType()), "The item's key, as in the delivery API and the open-data files.", s => C(s).Key));
        graph.AddField(CommonTypes.Field("name", new NonNullGraphType(new StringGraphType()), "Name in the requested culture.", s => C(s).Name));
        graph.AddField(CommonTypes.Field("contentType", new NonNullGraphType(new StringGraphType()), "Alias of the document type.", s => C(s).ContentType));
        graph.AddField(CommonTypes.Field("culture", new NonNullGraphType(new StringGraphType()), "The culture these values are in.", s => C(s).Culture));
        graph.AddField(CommonTypes.Field("cultures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), "Cultures the item is published in.", s => C(s).Cultures.ToList()));
        graph.AddField(CommonTypes.Field("url", new StringGraphType(), "Path of the public page (/fr/…), or null for items without a page.", s => C(s).Url));
        graph.AddField(CommonTypes.Field("createDate", new NonNullGraphType(new DateTimeOffsetGraphType()), "When the item was created.", s => C(s).CreateDate.AsUtc()));
        graph.AddField(CommonTypes.Field("updateDate", new NonNullGraphType(new DateTimeOffsetGraphType()), "When the item was last saved.", s => C(s).UpdateDate.AsUtc()));
        graph.AddField(CommonTypes.Field("publishDate", new NonNullGraphType(new DateTimeOffsetGraphType()), "When this culture was last published.", s => C(s).PublishDate.AsUtc()));
        graph.AddField(CommonTypes.Field("level", new NonNullGraphType(new IntGraphType()), "Depth in the content tree (1 for a root).", s => C(s).Level));
        graph.AddField(CommonTypes.Field("sortOrder", new NonNullGraphType(new IntGraphType()), "Position among its siblings.", s => C(s).SortOrder));
        graph.AddField(new FieldType
        {
            Name = "parent",
            ResolvedType = Content.GraphType,
            Description = "The item above this one in the content tree.",
            Resolver = new FuncFieldResolver<object?>(context => context.Api().Loader.Related("parent", C(context.Source!), c => c.Parent)),
        });
        graph.AddField(new FieldType
        {
            Name = "ancestors",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Content.GraphType))),
            Description = "The items above this one, nearest first.",
            Resolver = new FuncFieldResolver<object?>(context => context.Api().Loader.Related("ancestors", C(context.Source!), c => c.Ancestors.ToList())),
        });
        graph.AddField(new FieldType
        {
            Name = "children",
            ResolvedType = new NonNullGraphType(Content.Connection),
            Description = "The public items below this one, in tree order.",
            Arguments = Content.ListArguments(withCulture: false, DefaultCulture),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var paging = Paging.From(context);
                return context.Api().Loader.Related("children", C(context.Source!), c => (IReadOnlyList<PublishedContent>)c.Children.ToList())
                    .Then(children => Content.Page(context, children ?? [], paging));
            }),
        });
    }

    private void AddProperties(ObjectGraphType graph, DocumentType type)
    {
        foreach (var property in type.Properties)
        {
            var field = PropertyField(type, property);
            field.Name = FieldName(property.Alias);
            field.DeprecationReason = property.Deprecated;
            var label = property.Label.In("en");
            var help = property.Description.In("en");
            field.Description = help.Length > 0 ? $"{label}. {help}" : label;
            if (type.Alias == "labelledActor" && PrivatePersons.ContactProperties.Contains(property.Alias))
            {
                field.Description += " Null for volunteer connectors, who are private persons.";
            }

            graph.AddField(field);
            if (property.Editor == EditorKind.MediaPicker)
            {
                graph.AddField(MediaField(property, field.Name, label));
            }
        }
    }

    /// <summary>
    /// "{field}Media" beside a media picker's field: the picked files themselves. The picker's own field keeps
    /// giving the keys, as it did before the media library existed, so no query written then breaks.
    /// </summary>
    private FieldType MediaField(PropertyType property, string keyField, string label)
    {
        var alias = property.Alias;
        return new FieldType
        {
            Name = keyField + "Media",
            Description = property.Multiple
                ? $"{label}: the picked files that the media library still has, with URL, size and alternative text (`{keyField}` gives their keys)."
                : $"{label}: the picked file with its URL, size and alternative text; null when the media library no longer has it (`{keyField}` gives its key).",
            ResolvedType = property.Multiple ? NonNullList(Common.Media) : Common.Media,
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var media = context.Api().Media;
                var culture = CultureOf(context.Source!);
                MediaInCulture? Find(Guid key) => media.Find(key) is { } file ? new MediaInCulture(file, media.UrlOf(file), culture) : null;
                return Raw(context.Source!, alias) switch
                {
                    Guid key => Find(key),
                    Guid[] keys => keys.Select(Find).OfType<MediaInCulture>().ToList(),
                    _ => property.Multiple ? Array.Empty<MediaInCulture>() : null,
                };
            }),
        };
    }

    private FieldType PropertyField(DocumentType owner, PropertyType property)
    {
        var alias = property.Alias;
        switch (property.Editor)
        {
            case EditorKind.SingleChoice:
                return Resolved(Common.Choice, (s, culture) => Raw(s, alias) is string v ? new ChoiceValue(v, property.OptionLabel(v, culture)) : null);
            case EditorKind.MultipleChoice:
                return Resolved(NonNullList(Common.Choice), (s, culture) => (Raw(s, alias) as string[] ?? []).Select(v => new ChoiceValue(v, property.OptionLabel(v, culture))).ToList());
            case EditorKind.Tags:
                return Resolved(NonNullList(new StringGraphType()), (s, _) => Raw(s, alias) as string[] ?? []);
            case EditorKind.GeoPoint:
                return Resolved(Common.GeoPoint, (s, _) => Raw(s, alias));
            case EditorKind.MediaPicker:
                // The keys, as before the media library existed; the files are in the "{field}Media" field beside it.
                return property.Multiple
                    ? Resolved(NonNullList(new GuidGraphType()), (s, _) => Raw(s, alias) as Guid[] ?? [])
                    : Resolved(new GuidGraphType(), (s, _) => Raw(s, alias));
            case EditorKind.ContentPicker:
                return Picker(property);
            case EditorKind.BlockList:
                return BlockList(owner, property);
            default:
                return Resolved(Scalar(property.Editor), (s, _) => Raw(s, alias));
        }
    }

    private FieldType Picker(PropertyType property)
    {
        var alias = property.Alias;
        IGraphType target = property.AllowedTypes is [var only] && _documents.TryGetValue(only, out var graph) ? graph.GraphType : Content.GraphType;
        if (!property.Multiple)
        {
            return new FieldType
            {
                ResolvedType = target,
                Resolver = new FuncFieldResolver<object?>(context =>
                    Raw(context.Source!, alias) is Guid key ? context.Api().Loader.ByKey(key, CultureOf(context.Source!)) : null),
            };
        }

        return new FieldType
        {
            ResolvedType = NonNullList(target),
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var culture = CultureOf(context.Source!);
                var loader = context.Api().Loader;
                var keys = Raw(context.Source!, alias) as Guid[] ?? [];
                return DataLoaderResults.All(keys.Select(k => loader.ByKey(k, culture)).ToList());
            }),
        };
    }

    private FieldType BlockList(DocumentType owner, PropertyType property)
    {
        var union = new UnionGraphType
        {
            Name = GraphNames.TypeName(owner.Alias) + GraphNames.TypeName(property.Alias) + "Block",
            Description = $"A block of {owner.Alias}.{property.Alias}: one of its element types.",
        };
        foreach (var element in property.ElementTypes)
        {
            if (_elements.TryGetValue(element, out var graph))
            {
                union.AddPossibleType(graph);
            }
        }

        union.ResolveType = value => value is ElementInCulture e ? _elements.GetValueOrDefault(e.Element.ContentType) : null;
        var alias = property.Alias;
        return Resolved(NonNullList(union), (s, culture) =>
            (Raw(s, alias) as IReadOnlyList<PublishedElement> ?? []).Where(e => property.ElementTypes.Contains(e.ContentType)).Select(e => new ElementInCulture(e, culture)).ToList());
    }

    /// <summary>For each picker limited to some types, the list of items picking it, on each of those types.</summary>
    private void AddReverseReferences()
    {
        foreach (var (sourceAlias, source) in _documents)
        {
            foreach (var property in _model.RequiredType(sourceAlias).Properties.Where(p => p.Editor == EditorKind.ContentPicker))
            {
                foreach (var targetAlias in property.AllowedTypes.Where(_documents.ContainsKey))
                {
                    var propertyAlias = property.Alias;
                    ((ObjectGraphType)_documents[targetAlias].GraphType).AddField(new FieldType
                    {
                        Name = GraphNames.Plural(sourceAlias) + "By" + GraphNames.TypeName(propertyAlias),
                        Description = $"The {source.Name} items whose `{propertyAlias}` is this item.",
                        DeprecationReason = property.Deprecated,
                        ResolvedType = new NonNullGraphType(source.Connection),
                        Arguments = source.ListArguments(withCulture: false, DefaultCulture),
                        Resolver = new FuncFieldResolver<object?>(context =>
                        {
                            var paging = Paging.From(context);
                            return context.Api().Loader.Referrers(sourceAlias, propertyAlias, (PublishedContent)context.Source!)
                                .Then(items => source.Page(context, items ?? [], paging));
                        }),
                    });
                }
            }
        }
    }

    private static FieldType Resolved(IGraphType type, Func<object, string, object?> read) => new()
    {
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => read(context.Source!, CultureOf(context.Source!))),
    };

    private static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private static ScalarGraphType Scalar(EditorKind editor) => editor switch
    {
        EditorKind.Integer => new LongGraphType(),
        EditorKind.Decimal => new DecimalGraphType(),
        EditorKind.Boolean => new BooleanGraphType(),
        EditorKind.Date => new DateOnlyGraphType(),
        EditorKind.DateTime => new DateTimeOffsetGraphType(),
        _ => new StringGraphType(),
    };

    private static object? Raw(object source, string alias) => source switch
    {
        PublishedContent c => PrivatePersons.Withholds(c, alias) ? null : c.Value(alias),
        ElementInCulture e => e.Element.Values.GetValueOrDefault(alias),
        _ => null,
    };

    private static string CultureOf(object source) => source switch
    {
        PublishedContent c => c.Culture,
        ElementInCulture e => e.Culture,
        _ => "fr",
    };

}
