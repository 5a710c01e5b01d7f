using Brand.Cms.Core.Media;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Relay;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Schema;

/// <summary>A choice as stored (value, stable, for filters) and as shown (label, in the requested culture).</summary>
public sealed record ChoiceValue(string Value, string Label);

/// <summary>A picked media file, with its absolute URL and the culture its alternative text is read in.</summary>
public sealed record MediaInCulture(MediaReference File, string Url, string Culture);

/// <summary>A block of a block list, with the culture its values are read in.</summary>
public sealed record ElementInCulture(PublishedElement Element, string Culture);

/// <summary>The types every generated type leans on: Node, PageInfo, Choice, GeoPoint, the sort direction.</summary>
public sealed class CommonTypes
{
    public CommonTypes()
    {
        Node = new InterfaceGraphType { Name = "Node", Description = "An object with a global ID, which `node(id:)` fetches again." };
        Node.AddField(new FieldType { Name = "id", ResolvedType = new NonNullGraphType(new IdGraphType()), Description = "The opaque global ID." });

        PageInfo = new ObjectGraphType { Name = "PageInfo", Description = "Where a page sits in its list (Relay)." };
        PageInfo.AddField(Field("hasNextPage", new NonNullGraphType(new BooleanGraphType()), "More items follow this page.", s => ((PageInfo)s).HasNextPage));
        PageInfo.AddField(Field("hasPreviousPage", new NonNullGraphType(new BooleanGraphType()), "Items precede this page.", s => ((PageInfo)s).HasPreviousPage));
        PageInfo.AddField(Field("startCursor", new StringGraphType(), "Cursor of the first item of the page.", s => ((PageInfo)s).StartCursor));
        PageInfo.AddField(Field("endCursor", new StringGraphType(), "Cursor of the last item of the page: pass it as `after` for the next page.", s => ((PageInfo)s).EndCursor));

        Choice = new ObjectGraphType { Name = "Choice", Description = "A value picked from a fixed list: `value` is stable (filter on it), `label` is for people." };
        Choice.AddField(Field("value", new NonNullGraphType(new StringGraphType()), "The stored value, the same in every culture.", s => ((ChoiceValue)s).Value));
        Choice.AddField(Field("label", new NonNullGraphType(new StringGraphType()), "The label in the requested culture.", s => ((ChoiceValue)s).Label));

        GeoPoint = new ObjectGraphType { Name = "GeoPoint", Description = "A position in WGS 84 degrees." };
        GeoPoint.AddField(Field("lat", new NonNullGraphType(new FloatGraphType()), "Latitude.", s => ((GeoPoint)s).Lat));
        GeoPoint.AddField(Field("lon", new NonNullGraphType(new FloatGraphType()), "Longitude.", s => ((GeoPoint)s).Lon));

        GeoPointInput = new InputObjectGraphType { Name = "GeoPointInput", Description = "A position in WGS 84 degrees." };
        GeoPointInput.AddField(new FieldType { Name = "lat", ResolvedType = new NonNullGraphType(new FloatGraphType()), Description = "Latitude, -90 to 90." });
        GeoPointInput.AddField(new FieldType { Name = "lon", ResolvedType = new NonNullGraphType(new FloatGraphType()), Description = "Longitude, -180 to 180." });

        static MediaInCulture M(object s) => (MediaInCulture)s;
        Media = new ObjectGraphType { Name = "Media", Description = "A file of the media library picked in content: an image or a PDF." };
        Media.AddField(Field("key", new NonNullGraphType(new GuidGraphType()), "The file's key, as stored in content.", s => M(s).File.Key));
        Media.AddField(Field("name", new NonNullGraphType(new StringGraphType()), "The title given in the media library.", s => M(s).File.Name));
        Media.AddField(Field("url", new NonNullGraphType(new StringGraphType()), "Absolute URL of the file; it never changes (a new file gets a new URL).", s => M(s).Url));
        Media.AddField(Field("mediaType", new NonNullGraphType(new StringGraphType()), "\"Image\" or \"File\" (PDF), as Umbraco names media types.", s => Brand.PublicApi.Media.ApiMedia.MediaTypeOf(M(s).File)));
        Media.AddField(Field("contentType", new NonNullGraphType(new StringGraphType()), "MIME type: image/png, image/jpeg, image/webp, image/gif or application/pdf.", s => M(s).File.ContentType));
        Media.AddField(Field("extension", new NonNullGraphType(new StringGraphType()), "File extension without its dot: png, jpg, webp, gif or pdf.", s => M(s).File.Extension.TrimStart('.')));
        Media.AddField(Field("bytes", new NonNullGraphType(new IntGraphType()), "Size of the file in bytes (uploads are limited to tens of megabytes).", s => checked((int)M(s).File.Size)));
        Media.AddField(Field("width", new IntGraphType(), "Width of an image in pixels; null for a PDF.", s => M(s).File.Width));
        Media.AddField(Field("height", new IntGraphType(), "Height of an image in pixels; null for a PDF.", s => M(s).File.Height));
        Media.AddField(Field("alt", new StringGraphType(), "Alternative text of an image in the item's culture (the French one when none was written in it); null for a PDF.",
            s => M(s).File.IsImage ? M(s).File.Alt(M(s).Culture) : null));

        SortDirection = new EnumerationGraphType { Name = "SortEnumType", Description = "Sort direction." };
        SortDirection.Add("ASC", "ASC", "Smallest, earliest or A first.");
        SortDirection.Add("DESC", "DESC", "Largest, latest or Z first.");
    }

    public InterfaceGraphType Node { get; }
    public ObjectGraphType PageInfo { get; }
    public ObjectGraphType Choice { get; }
    public ObjectGraphType GeoPoint { get; }
    public InputObjectGraphType GeoPointInput { get; }
    public EnumerationGraphType SortDirection { get; }
    public ObjectGraphType Media { get; }

    /// <summary>A field read from its source object alone (no arguments).</summary>
    public static FieldType Field(string name, IGraphType type, string? description, Func<object, object?> read) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Resolver = new FuncFieldResolver<object?>(context => read(context.Source!)),
    };

    /// <summary>
    /// A connection type for <paramref name="node"/>: edges (cursor, node, and what <paramref name="edgeFields"/>
    /// adds), nodes, pageInfo and totalCount.
    /// </summary>
    public ObjectGraphType Connection(string name, IGraphType node, Action<ObjectGraphType>? edgeFields = null, Action<ObjectGraphType>? connectionFields = null)
    {
        var edge = new ObjectGraphType { Name = name + "Edge", Description = $"An item of a {name}Connection, with its cursor." };
        edge.AddField(Field("cursor", new NonNullGraphType(new StringGraphType()), "Opaque position of the item, for `after` and `before`.", s => ((Edge<PublishedContent>)s).Cursor));
        edge.AddField(Field("node", new NonNullGraphType(node), "The item.", s => ((Edge<PublishedContent>)s).Node));
        edgeFields?.Invoke(edge);

        var connection = new ObjectGraphType { Name = name + "Connection", Description = $"A page of {name} items (Relay connection)." };
        connection.AddField(Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))), "The items of the page with their cursors.", s => ((Connection<PublishedContent>)s).Edges));
        connection.AddField(Field("nodes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(node))), "The items of the page, without cursors.", s => ((Connection<PublishedContent>)s).Nodes));
        connection.AddField(Field("pageInfo", new NonNullGraphType(PageInfo), "Where the page sits in the list.", s => ((Connection<PublishedContent>)s).PageInfo));
        connection.AddField(Field("totalCount", new NonNullGraphType(new IntGraphType()), "How many items the list holds, across all pages.", s => ((Connection<PublishedContent>)s).TotalCount));
        connectionFields?.Invoke(connection);
        return connection;
    }
}
