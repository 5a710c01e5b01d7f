namespace Brand.PublicApi.Delivery.Contracts;

// Property values that are objects rather than plain JSON scalars or arrays.

/// <summary>A block list: its blocks in order.</summary>
public sealed record ApiBlockListModel(IReadOnlyList<ApiBlockItem> Items);

/// <summary>One block. Blocks here carry no settings element; <c>settings</c> is always null, as in Umbraco without settings.</summary>
public sealed record ApiBlockItem(ApiElement Content, ApiElement? Settings);

/// <summary>The element of a block: its type, key and property values.</summary>
public sealed record ApiElement(string ContentType, Guid Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Rich text as Umbraco outputs it by default: the (sanitized) HTML, and no embedded blocks.</summary>
public sealed record ApiRichText(string Markup, IReadOnlyList<ApiBlockItem> Blocks);

/// <summary>
/// A picked media item, with Umbraco's fields for it: <c>url</c> absolute, <c>mediaType</c> "Image" or "File",
/// <c>extension</c> without its dot, <c>bytes</c>; and <c>alt</c>, the alternative text in the response's culture
/// (Umbraco keeps it among the media's properties, which we have no others of). A key the media library does not
/// know (a deleted file) keeps only its <c>id</c>, the rest null. Crops and focal points are left out: files are
/// served as uploaded.
/// </summary>
public sealed record ApiMediaReference(Guid Id, string? Name = null, string? MediaType = null, string? Url = null, string? Extension = null,
    int? Width = null, int? Height = null, long? Bytes = null, string? Alt = null);

/// <summary>A map position (WGS 84).</summary>
public sealed record ApiGeoPoint(double Lat, double Lon);
