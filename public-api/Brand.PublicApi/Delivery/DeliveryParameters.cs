using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Brand.PublicApi.Delivery;

// The parameters of the delivery endpoints, bound as plain strings so that a bad value is refused by the
// endpoint with a message naming it, not by the binder with an empty 400. The descriptions feed the OpenAPI
// document (and so the reference page).

/// <summary>Headers and output shaping common to every delivery endpoint.</summary>
public class OutputParameters
{
    [FromQuery(Name = "expand")]
    [Description("Pickers whose items are written with their properties (they are shallow otherwise): properties[$all], "
        + "properties[alias1,alias2], or nested: properties[alias[properties[nestedAlias]]]. For a block list, the nested part "
        + "applies to the properties of its blocks.")]
    public string? Expand { get; init; }

    [FromQuery(Name = "fields")]
    [Description("The properties to write (all by default): properties[$all], properties[alias1,alias2], or nested for "
        + "expanded pickers and blocks: properties[alias[properties[nestedAlias]]]. name, route, id and the other built-in "
        + "fields are always written.")]
    public string? Fields { get; init; }

    [FromHeader(Name = "Accept-Language")]
    [Description("The culture to read: fr (default) or en; en-GB and the like match en. A path with a culture prefix (/en/…) "
        + "is read in that culture whatever this header says.")]
    public string? AcceptLanguage { get; init; }

    [FromHeader(Name = "Start-Item")]
    [Description("The id or URL segment of a root item. Paths are then resolved below it (e.g. the site settings root), "
        + "and a query without fetch returns its descendants only.")]
    public string? StartItem { get; init; }
}

/// <summary>GET /content/items.</summary>
public sealed class ItemsParameters : OutputParameters
{
    [FromQuery(Name = "id")]
    [Description("Item ids (GUID keys), repeated: ?id=…&id=…. Unknown or unpublished ids are left out of the answer.")]
    public string[]? Id { get; init; }
}

/// <summary>GET /content.</summary>
public sealed class QueryParameters : OutputParameters
{
    [FromQuery(Name = "fetch")]
    [Description("Where to look, one of: children:{id or path}, descendants:{id or path}, ancestors:{id or path}, "
        + "e.g. children:/fr/evenements. Without it, every published item (or the Start-Item root's descendants).")]
    public string? Fetch { get; init; }

    [FromQuery(Name = "filter")]
    [Description("Repeatable; all must match. contentType:event (or contentType:event,newsArticle for either; contentType:!event to exclude); "
        + "name:text (name contains the text, ignoring case and accents); createDate>2026-01-01 and updateDate with >, >: "
        + "(or >=), <, <: (or <=); any facet property with its values, e.g. kind:labelledConnector,partnerOrganisation or "
        + "kind:!volunteerConnector; and date, number and boolean properties, e.g. startDate>2026-01-01, isFree:true. "
        + "A date alone means midnight UTC. At most 20 filters.")]
    public string[]? Filter { get; init; }

    [FromQuery(Name = "sort")]
    [Description("Repeatable, first one first: field:asc or field:desc, where field is createDate, updateDate, level, name, "
        + "sortOrder, or a single-valued facet, date or number property (e.g. startDate:asc). Items without the value come "
        + "last. Without sort, items come in tree order. At most 5 fields.")]
    public string[]? Sort { get; init; }

    [FromQuery(Name = "skip")]
    [Description("How many matching items to pass over (default 0).")]
    public string? Skip { get; init; }

    [FromQuery(Name = "take")]
    [Description("How many items to return (default 10, at most 1000).")]
    public string? Take { get; init; }
}
