using System.Collections.Frozen;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Delivery.Contracts;
using Brand.PublicApi.Media;

namespace Brand.PublicApi.Delivery.Output;

/// <summary>
/// Turns published items into Umbraco's item shape, in the item's own culture. Property values go by editor:
/// scalars and arrays as they are (dates as yyyy-MM-dd, date-times in UTC), rich text as {markup, blocks},
/// pickers as items (shallow unless expanded),
/// block lists as {items: [{content, settings}]}. Reads one snapshot only, so a picked item is exactly as public
/// as the page that picks it: an unpublished pick is null (single picker) or left out (multiple).
/// </summary>
public sealed class ApiContentBuilder(PublishedSnapshot snapshot, ContentModel model, ApiMedia media)
{
    private static readonly IReadOnlyDictionary<string, object?> _noProperties = FrozenDictionary<string, object?>.Empty;

    public ApiContentResponse Item(PublishedContent item, PropertySelection expand, PropertySelection fields) =>
        new(item.Name, item.CreateDate, item.UpdateDate, Route(item), item.Key, item.ContentType,
            Properties(item, expand, fields), Cultures(item));

    /// <summary>
    /// The route: the site's own public path ("/fr/evenements/x", as Umbraco gives it when each culture's root
    /// has a domain path), and the root the item hangs from. An item outside the site (the site settings) has
    /// no public URL: its path is then relative to its own root, as Umbraco's paths are to their start item.
    /// </summary>
    public static ApiContentRoute Route(PublishedContent item)
    {
        var root = item;
        var below = new List<string>();
        for (var parent = item.Parent; parent is not null; parent = parent.Parent)
        {
            below.Add(root.UrlSegment);
            root = parent;
        }

        below.Reverse();
        return new ApiContentRoute(item.Url ?? "/" + string.Join('/', below), new ApiContentStartItem(root.Key, root.UrlSegment));
    }

    private Dictionary<string, ApiContentRoute> Cultures(PublishedContent item)
    {
        var cultures = new Dictionary<string, ApiContentRoute>(snapshot.Cultures.Codes.Count, StringComparer.Ordinal);
        foreach (var code in snapshot.Cultures.Codes)
        {
            if ((code == item.Culture ? item : item.InCulture(code)) is { } variant)
            {
                cultures[code] = Route(variant);
            }
        }

        return cultures;
    }

    private Dictionary<string, object?> Properties(PublishedContent item, PropertySelection expand, PropertySelection fields)
    {
        var properties = item.Type.Properties;
        var values = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (fields.Includes(property.Alias))
            {
                values[property.Alias] = Value(property, PrivatePersons.Withholds(item, property.Alias) ? null : item.Value(property.Alias), item.Culture, expand, fields);
            }
        }

        return values;
    }

    private object? Value(PropertyType property, object? value, string culture, PropertySelection expand, PropertySelection fields)
    {
        var alias = property.Alias;
        return value switch
        {
            null => null,
            string html when property.Editor == EditorKind.RichText => new ApiRichText(html, []),
            Guid key when property.Editor == EditorKind.ContentPicker => Picked(key, culture, alias, expand, fields),
            Guid[] keys when property.Editor == EditorKind.ContentPicker =>
                keys.Select(k => Picked(k, culture, alias, expand, fields)).OfType<ApiContent>().ToList(),
            // Umbraco's media picker answers a list even when it holds one item.
            Guid key => new[] { Media(key, culture) },
            Guid[] keys => keys.Select(k => Media(k, culture)).ToList(),
            GeoPoint point => new ApiGeoPoint(point.Lat, point.Lon),
            // In UTC with a Z, as Umbraco writes date pickers (the offset typed in the backoffice is not kept anyway).
            DateTimeOffset moment => moment.UtcDateTime,
            IReadOnlyList<PublishedElement> blocks => new ApiBlockListModel([.. blocks.Select(block => new ApiBlockItem(
                Element(block, culture, expand.Nested(alias, PropertySelection.None), fields.Nested(alias, PropertySelection.Everything)),
                Settings: null))]),
            _ => value,
        };
    }

    private ApiMediaReference Media(Guid key, string culture) => media.Find(key) is { } file
        ? new ApiMediaReference(key, file.Name, ApiMedia.MediaTypeOf(file), media.UrlOf(file), file.Extension.TrimStart('.'),
            file.Width, file.Height, file.Size, file.IsImage ? file.Alt(culture) : null)
        : new ApiMediaReference(key);

    private ApiContent? Picked(Guid key, string culture, string alias, PropertySelection expand, PropertySelection fields)
    {
        if (snapshot.GetByKey(key, culture) is not { } item)
        {
            return null;
        }

        var properties = expand.Includes(alias)
            ? Properties(item, expand.Nested(alias, PropertySelection.None), fields.Nested(alias, PropertySelection.Everything))
            : _noProperties;
        return new ApiContent(item.Name, item.CreateDate, item.UpdateDate, Route(item), item.Key, item.ContentType, properties);
    }

    private ApiElement Element(PublishedElement block, string culture, PropertySelection expand, PropertySelection fields)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (model.Type(block.ContentType) is { } type)
        {
            foreach (var property in type.Properties)
            {
                if (fields.Includes(property.Alias))
                {
                    values[property.Alias] = Value(property, block.Values.GetValueOrDefault(property.Alias), culture, expand, fields);
                }
            }
        }

        return new ApiElement(block.ContentType, block.Key, values);
    }
}
