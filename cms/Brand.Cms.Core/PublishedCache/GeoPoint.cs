namespace Brand.Cms.Core.PublishedCache;

public readonly record struct GeoPoint(double Lat, double Lon);

/// <summary>One block of a block list, with its values resolved for one culture.</summary>
public sealed record PublishedElement(Guid Key, string ContentType, IReadOnlyDictionary<string, object?> Values)
{
    public T? Value<T>(string alias) => Values.TryGetValue(alias, out var v) && v is T t ? t : default;
}
