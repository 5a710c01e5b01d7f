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
/// A picked media item. There is no media library with public URLs yet, so only the key is known;
/// Umbraco's media fields (url, width, crops…) are left out rather than sent empty.
/// </summary>
public sealed record ApiMediaReference(Guid Id);

/// <summary>A map position (WGS 84).</summary>
public sealed record ApiGeoPoint(double Lat, double Lon);
