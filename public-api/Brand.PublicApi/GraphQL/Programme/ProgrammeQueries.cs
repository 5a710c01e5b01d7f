using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Querying;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Relay;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>
/// The programme's own queries over the search index: `search` (full text over everything published, with
/// facet counts and snippets) and `directory` (the labelled actors, with the site's directory filters,
/// facet counts and distance from a point).
/// </summary>
public static class ProgrammeQueries
{
    public const string ActorType = "labelledActor";
    private const int MaxTextLength = 200;
    private static readonly string[] _directoryFacets = ["kind", "specialties", "regionsServed", "departmentsServed", "labelExpiresOn"];

    public static void AddTo(ObjectGraphType query, ContentGraph graph, ContentModel model)
    {
        var facets = new FacetTypes();
        AddSearch(query, graph, model, facets);
        if (graph.Documents.TryGetValue(ActorType, out var actors))
        {
            AddDirectory(query, graph, model, facets, actors);
        }
    }

    private static void AddSearch(ObjectGraphType query, ContentGraph graph, ContentModel model, FacetTypes facets)
    {
        var connection = graph.Common.Connection("SearchResult", graph.Content.GraphType,
            edge =>
            {
                edge.AddField(CommonTypes.Field("snippet", new StringGraphType(), "An extract around the matches, HTML-encoded, with <mark> around matched words.", s => ((Edge<PublishedContent>)s).Snippet));
                edge.AddField(CommonTypes.Field("score", new FloatGraphType(), "Relevance: higher matches better.", s => ((Edge<PublishedContent>)s).Score));
            },
            c => FacetsField(c, facets));
        var arguments = new QueryArguments(
            TypeGraph.CultureArgument(graph.DefaultCulture),
            new QueryArgument(new StringGraphType()) { Name = "text", Description = $"Words to find (all must match; quotes for a phrase), at most {MaxTextLength} characters." },
            new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType()))) { Name = "contentTypes", Description = "Only these document types (aliases, e.g. event)." });
        graph.Content.AddShapeArguments(arguments);
        AddPaging(arguments);
        query.AddField(new FieldType
        {
            Name = "search",
            Description = "Full-text search over everything published, best matches first, with counts per content type.",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var culture = context.Culture();
                var paging = Paging.From(context);
                var types = context.GetArgument<List<string>?>("contentTypes") ?? [];
                foreach (var type in types.Where(t => !graph.Documents.ContainsKey(t)))
                {
                    throw new ArgumentError($"search: `contentTypes` has \"{type}\", which is not a document type; use one of {string.Join(", ", graph.Documents.Keys.Order())}.");
                }

                var request = new SearchRequest
                {
                    Culture = culture,
                    Text = Text(context),
                    ContentTypes = types,
                    Today = context.Api().Today,
                    Facets = [IndexFields.ContentTypeFacet],
                };
                var (results, page) = SearchPaging.Run(context, Search(context), request, paging, graph.Content);
                return page with { Extra = FacetTypes.Label(results, model, types, culture) };
            }),
        });
    }

    private static void AddDirectory(ObjectGraphType query, ContentGraph graph, ContentModel model, FacetTypes facets, TypeGraph actors)
    {
        var actorType = model.RequiredType(ActorType);
        var connection = graph.Common.Connection("Directory", actors.GraphType,
            edge =>
            {
                edge.AddField(CommonTypes.Field("distanceKm", new FloatGraphType(), "Distance from `near`, in kilometres, when a point was given.", s => ((Edge<PublishedContent>)s).DistanceKm));
                edge.AddField(CommonTypes.Field("snippet", new StringGraphType(), "An extract around the matches of `text`, HTML-encoded, with <mark>.", s => ((Edge<PublishedContent>)s).Snippet));
            },
            c => FacetsField(c, facets));
        var label = new LabelStatusGraph();
        label.AddTo(actors);
        var sort = new EnumerationGraphType { Name = "DirectorySort", Description = "Order of directory results." };
        sort.Add("RELEVANCE", SearchSort.Relevance, "Best match of `text` first.");
        sort.Add("DISTANCE", SearchSort.Distance, "Nearest to `near` first.");
        sort.Add("NAME", SearchSort.Name, "Alphabetical.");

        var arguments = new QueryArguments(
            TypeGraph.CultureArgument(graph.DefaultCulture),
            new QueryArgument(new StringGraphType()) { Name = "text", Description = "Words to find in names, descriptions and cities." },
            Values("kind", "Categories (any of).", actorType.Property("kind")),
            Values("specialty", "Specialties (any of).", actorType.Property("specialties")),
            Values("region", "Regions served, INSEE codes (any of).", actorType.Property("regionsServed")),
            Values("department", "Departments served, codes such as 35 or 2A (any of).", null),
            new QueryArgument(new ListGraphType(new NonNullGraphType(label.Type)))
            {
                Name = "label",
                Description = "Label status (any of). Not given: [VALID, NONE], as on the site: expired labels drop out; ask for EXPIRED to see them.",
            },
            new QueryArgument(graph.Common.GeoPointInput) { Name = "near", Description = "A point: results get their distance, and `radiusKm` applies." },
            new QueryArgument(new FloatGraphType()) { Name = "radiusKm", DefaultValue = 50.0, Description = "With `near`: only actors within this distance (1 to 1000 km)." },
            new QueryArgument(sort) { Name = "sort", Description = "Default: relevance with text, else distance with near, else name." });
        actors.AddShapeArguments(arguments);
        AddPaging(arguments);
        query.AddField(new FieldType
        {
            Name = "directory",
            Description = "The directory of labelled actors, filtered as on the site's directory page (expired labels left out unless `label` asks for them), with facet counts and distances.",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var culture = context.Culture();
                var paging = Paging.From(context);
                var text = Text(context);
                var near = Near(context);
                var radius = context.GetArgument<double>("radiusKm");
                if (radius is < 1 or > 1000)
                {
                    throw new ArgumentError($"directory: `radiusKm` must be between 1 and 1000, not {radius}.");
                }

                var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                Filter(context, filters, "kind", "kind", actorType);
                Filter(context, filters, "specialty", "specialties", actorType);
                Filter(context, filters, "region", "regionsServed", actorType);
                Filter(context, filters, "department", "departmentsServed", actorType);
                filters[LabelStatusGraph.ExpiryProperty] = context.GetArgument<List<string>?>("label") is { Count: > 0 } labels ? labels : LabelStatusGraph.DirectoryDefault;

                var search = Search(context);
                var schemaFacets = context.RequestServices!.GetRequiredService<SearchIndexes>().Schema.Facets;
                var request = new SearchRequest
                {
                    Culture = culture,
                    Text = text,
                    ContentTypes = [ActorType],
                    Today = context.Api().Today,
                    Filters = filters.Where(f => schemaFacets.ContainsKey(f.Key)).ToDictionary(),
                    Facets = _directoryFacets.Where(schemaFacets.ContainsKey).ToList(),
                    Near = near,
                    RadiusKm = near is null ? null : radius,
                    Sort = context.GetArgument<SearchSort?>("sort") ?? (text is not null ? SearchSort.Relevance : near is not null ? SearchSort.Distance : SearchSort.Name),
                };
                if (request.Sort == SearchSort.Distance && near is null)
                {
                    throw new ArgumentError("directory: `sort: DISTANCE` needs `near`.");
                }

                var (results, page) = SearchPaging.Run(context, search, request, paging, actors);
                return page with { Extra = FacetTypes.Label(results, model, [ActorType], culture) };
            }),
        });
    }

    private static void FacetsField(ObjectGraphType connection, FacetTypes facets) =>
        connection.AddField(CommonTypes.Field("facets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(facets.Facet))),
            "Counts per facet value for this query.", s => ((Connection<PublishedContent>)s).Extra));

    private static void AddPaging(QueryArguments arguments)
    {
        foreach (var argument in Paging.Arguments("Results"))
        {
            arguments.Add(argument);
        }
    }

    private static QueryArgument Values(string name, string description, PropertyType? property)
    {
        var values = property is { Options.Count: > 0 } ? " Values: " + string.Join(", ", property.Options.Select(o => o.Value)) + "." : "";
        return new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType()))) { Name = name, Description = description + values };
    }

    private static void Filter(IResolveFieldContext context, Dictionary<string, IReadOnlyList<string>> filters, string argument, string facet, DocumentType actor)
    {
        if (context.GetArgument<List<string>?>(argument) is not { Count: > 0 } values)
        {
            return;
        }

        if (actor.Property(facet) is { Options.Count: > 0 } property)
        {
            foreach (var value in values.Where(v => property.Options.All(o => o.Value != v)))
            {
                throw new ArgumentError($"directory: `{argument}` has \"{value}\", which is not one of {string.Join(", ", property.Options.Select(o => o.Value))}.");
            }
        }

        filters[facet] = values;
    }

    private static string? Text(IResolveFieldContext context)
    {
        var text = context.GetArgument<string?>("text")?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            throw new ArgumentError($"{context.FieldDefinition.Name}: `text` is {text.Length} characters long; at most {MaxTextLength}.");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static GeoPoint? Near(IResolveFieldContext context)
    {
        if (context.GetArgument<Dictionary<string, object?>?>("near") is not { } near)
        {
            return null;
        }

        var (lat, lon) = (Convert.ToDouble(near["lat"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(near["lon"], System.Globalization.CultureInfo.InvariantCulture));
        return lat is < -90 or > 90 || lon is < -180 or > 180
            ? throw new ArgumentError($"directory: `near` must have lat between -90 and 90 and lon between -180 and 180, not ({lat}, {lon}).")
            : new GeoPoint(lat, lon);
    }

    private static SearchService Search(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SearchService>();
}
