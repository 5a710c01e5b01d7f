using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>
/// A latitude/longitude box holding every point within a radius of a centre (a little more, never less):
/// a cheap first test before the exact great-circle distance.
/// </summary>
internal readonly record struct GeoBox(double MinLat, double MaxLat, double MinLon, double MaxLon, bool AllLongitudes)
{
    private const double KmPerDegreeLatitude = 111.0;

    public static GeoBox Around(GeoPoint centre, double radiusKm)
    {
        // 1 % of slack covers the Earth's radius used by the exact distance and rounding.
        var dLat = radiusKm * 1.01 / KmPerDegreeLatitude;
        var minLat = centre.Lat - dLat;
        var maxLat = centre.Lat + dLat;
        var cos = Math.Cos(Math.Max(Math.Abs(minLat), Math.Abs(maxLat)) * Math.PI / 180);
        // Near a pole, or a radius wider than the longitudes at that latitude: no longitude bound.
        if (maxLat >= 90 || minLat <= -90 || cos <= 1e-6 || radiusKm * 1.01 / (KmPerDegreeLatitude * cos) >= 180)
        {
            return new GeoBox(minLat, maxLat, -180, 180, AllLongitudes: true);
        }

        var dLon = radiusKm * 1.01 / (KmPerDegreeLatitude * cos);
        return new GeoBox(minLat, maxLat, centre.Lon - dLon, centre.Lon + dLon, AllLongitudes: false);
    }

    public bool Contains(double lat, double lon)
    {
        if (lat < MinLat || lat > MaxLat)
        {
            return false;
        }

        if (AllLongitudes)
        {
            return true;
        }

        // The box may cross the antimeridian (Wallis, Polynesia…): compare modulo 360.
        return (MinLon >= -180 && MaxLon <= 180)
            ? lon >= MinLon && lon <= MaxLon
            : Wrap(lon - MinLon) <= MaxLon - MinLon;
    }

    private static double Wrap(double degrees) => ((degrees % 360) + 360) % 360;
}
