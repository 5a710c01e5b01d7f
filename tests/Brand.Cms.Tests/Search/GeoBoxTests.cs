using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Querying;

namespace Brand.Cms.Tests.Search;

/// <summary>The box that spares most documents the exact distance must never leave out one within the radius.</summary>
public sealed class GeoBoxTests
{
    [Theory]
    [InlineData(48.11, -1.68, 50)]      // Rennes
    [InlineData(-20.88, 55.45, 100)]    // La Réunion
    [InlineData(-13.28, -176.17, 300)]  // Wallis, beside the antimeridian
    [InlineData(89.5, 0, 200)]          // near the pole
    public void EveryPointWithinTheRadius_IsInTheBox(double lat, double lon, double radius)
    {
        var centre = new GeoPoint(lat, lon);
        var box = GeoBox.Around(centre, radius);
        var rng = new Random(3);
        var inside = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var point = new GeoPoint(Math.Clamp(lat + (rng.NextDouble() - 0.5) * 12, -90, 90), ((lon + (rng.NextDouble() - 0.5) * 24 + 540) % 360) - 180);
            if (GeoDistance.DistanceKm(centre, point) <= radius)
            {
                inside++;
                Assert.True(box.Contains(point.Lat, point.Lon), $"{point} is {GeoDistance.DistanceKm(centre, point):0.0} km away but outside the box");
            }
        }

        Assert.True(inside > 10);
    }

    [Fact]
    public void FarPoints_AreOutsideTheBox()
    {
        var box = GeoBox.Around(new GeoPoint(48.11, -1.68), 50);

        Assert.False(box.Contains(43.60, 1.44));   // Toulouse
        Assert.False(box.Contains(48.11, 2.0));    // same latitude, 270 km east
    }
}
