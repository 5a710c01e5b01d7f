using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Geography;

public static class GeoDistance
{
    /// <summary>The mean Earth radius (IUGG), which keeps the sphere's error under 0.5 % anywhere.</summary>
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance by the haversine formula, which stays accurate for points a few metres apart.</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLon = ToRadians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
