using System.ComponentModel;

namespace Brand.PublicApi.Delivery.Contracts;

// The JSON shapes of Umbraco's Content Delivery API v2, under Umbraco's own type names so its clients and
// generated SDKs map onto them. Serialized with DeliveryJson.Options; also what the OpenAPI document shows.

/// <summary>The root item a route hangs from (Umbraco's "start item"): its key and URL segment.</summary>
public sealed record ApiContentStartItem(
    [property: Description("The root item's key.")] Guid Id,
    [property: Description("The root item's URL segment, usable in the Start-Item header.")] string Path);

/// <summary>Where an item lives: its public path and the root above it.</summary>
public sealed record ApiContentRoute(
    [property: Description("The item's path on the site, culture prefix included (/fr/evenements/…); for an item outside the site, its path below its root.")] string Path,
    ApiContentStartItem StartItem);

/// <summary>An item as the item and query endpoints return it.</summary>
public sealed record ApiContentResponse(
    string Name,
    DateTime CreateDate,
    DateTime UpdateDate,
    ApiContentRoute Route,
    [property: Description("The item's key (a GUID).")] Guid Id,
    [property: Description("The alias of the item's document type.")] string ContentType,
    [property: Description("Property values by alias: strings, numbers, booleans, arrays, dates (yyyy-MM-dd), date-times (UTC), "
        + "rich text {markup, blocks}, picked items (shallow unless expanded), media [{id}], positions {lat, lon}, "
        + "block lists {items: [{content: {contentType, id, properties}, settings}]}; null when empty.")]
    IReadOnlyDictionary<string, object?> Properties,
    [property: Description("The item's route in each culture it is published in, by culture code.")]
    IReadOnlyDictionary<string, ApiContentRoute> Cultures);

/// <summary>
/// An item picked by a content picker: as <see cref="ApiContentResponse"/> without cultures. Its properties
/// are empty unless the picker property is expanded (<c>expand=properties[alias]</c>).
/// </summary>
public sealed record ApiContent(
    string Name,
    DateTime CreateDate,
    DateTime UpdateDate,
    ApiContentRoute Route,
    Guid Id,
    string ContentType,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>One page of a query: how many items match in all, and the items of this page.</summary>
public sealed record PagedApiContentResponse(
    [property: Description("How many items match, over all pages.")] int Total,
    [property: Description("This page's items (skip, take).")] IReadOnlyList<ApiContentResponse> Items);
