using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Tests.Geography;

/// <summary>
/// The geography the directory filters and sorts by, read from the geography/france.json the build puts
/// beside the test binaries (the same file the host gets).
/// </summary>
public sealed class FranceGeographyTests
{
    // Loaded once for the class: every test reads, none changes it.
    private static readonly FranceGeography France = new();

    [Fact]
    public void CommunesForPostcode_Rennes_IsPlacedInIlleEtVilaineAndBretagne()
    {
        var rennes = France.CommunesForPostcode("35000")[0];

        Assert.Equal(("35238", "Rennes", "35", "53"), (rennes.Code, rennes.Name, rennes.DepartmentCode, rennes.RegionCode));
        Assert.False(rennes.CentreIsApproximate);
        Assert.InRange(GeoDistance.DistanceKm(rennes.Centre, new GeoPoint(48.11, -1.68)), 0, 5);
        Assert.Equal("Bretagne", France.FindRegion(rennes.RegionCode)?.Name);
    }

    [Fact]
    public void CommunesForPostcode_SeveralCommunes_MostPopulousFirst()
    {
        var communes = France.CommunesForPostcode("01300");

        Assert.True(communes.Count > 5);
        Assert.Equal(communes.OrderByDescending(c => c.Population).Select(c => c.Code), communes.Select(c => c.Code));
        Assert.Equal("Belley", communes[0].Name);
    }

    [Fact]
    public void CommunesForPostcode_Reunion_FindsSaintDenisIn974()
    {
        var saintDenis = France.CommunesForPostcode("97400")[0];

        Assert.Equal(("Saint-Denis", "974", "04"), (saintDenis.Name, saintDenis.DepartmentCode, saintDenis.RegionCode));
        Assert.InRange(saintDenis.Centre.Lat, -21.5, -20.5);
    }

    [Theory]
    [InlineData("saint etienne")]
    [InlineData("Saint-Étienne")]
    [InlineData("ST ETIENNE")]
    [InlineData("saint-etienne")]
    public void FindCommunes_AnySpellingOfSaintEtienne_FindsItFirst(string text)
    {
        var found = France.FindCommunes(text);

        Assert.Equal(("Saint-Étienne", "42"), (found[0].Name, found[0].DepartmentCode));
        Assert.Contains(found, c => c.Name == "Saint-Étienne-du-Rouvray");
    }

    [Fact]
    public void FindCommunes_Prefix_ExactNamesBeforeMorePopulousLongerOnes()
    {
        var found = France.FindCommunes("villeneuve", max: 30).ToList();

        var lastExact = found.FindLastIndex(c => c.Name == "Villeneuve");
        var ascq = found.FindIndex(c => c.Name == "Villeneuve-d'Ascq");
        Assert.Equal("Villeneuve", found[0].Name);
        Assert.InRange(lastExact, 1, ascq - 1);
        Assert.True(found[ascq].Population > found[0].Population);
    }

    [Fact]
    public void FindCommunes_WithoutArticle_FindsTheNameWithIt()
    {
        Assert.Contains(France.FindCommunes("sables d olonne"), c => c.Name == "Les Sables-d'Olonne");
    }

    [Theory]
    [InlineData("35000", "Rennes")]
    [InlineData("35000 Rennes", "Rennes")]
    [InlineData("Rennes 35000", "Rennes")]
    [InlineData("Rennes (35)", "Rennes")]
    [InlineData("ajaccio (2a)", "Ajaccio")]
    public void FindCommunes_PostcodeOrDepartmentForms_FindTheCommune(string text, string name)
    {
        Assert.Equal(name, France.FindCommunes(text)[0].Name);
    }

    [Fact]
    public void FindCommunes_NameInAnotherDepartment_FindsNothing()
    {
        Assert.Empty(France.FindCommunes("Rennes (29)"));
        Assert.Empty(France.FindCommunes("29000 Rennes"));
    }

    [Fact]
    public void FindCommunes_PostcodePrefix_CommunesOfThosePostcodesOnce()
    {
        var found = France.FindCommunes("350", max: 20);

        Assert.Equal("Rennes", found[0].Name);
        Assert.All(found, c => Assert.Contains(c.Postcodes, p => p.StartsWith("350", StringComparison.Ordinal)));
        Assert.Equal(found.Count, found.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xqzwv")]
    [InlineData("!!!'--")]
    [InlineData("1")]
    [InlineData("123456789")]
    [InlineData("00000")]
    [InlineData("(35)")]
    [InlineData("\u0000\uFFFF☃")]
    public void FindCommunes_Garbage_FindsNothing(string? text)
    {
        Assert.Empty(France.FindCommunes(text));
    }

    [Fact]
    public void FindCommunes_SmallCommuneGeoNamesDoesNotList_GetsAnApproximateCentreInItsDepartment()
    {
        var ambleon = France.FindCommunes("Ambléon")[0];
        var ain = France.FindDepartment(ambleon.DepartmentCode)!;
        var bourgEnBresse = France.FindCommunes("Bourg-en-Bresse (01)")[0];

        Assert.Equal(("01006", "01", "Ain"), (ambleon.Code, ambleon.DepartmentCode, ain.Name));
        Assert.True(ambleon.CentreIsApproximate);
        Assert.Equal(ain.ChefLieuCode, bourgEnBresse.Code);
        Assert.InRange(GeoDistance.DistanceKm(ambleon.Centre, bourgEnBresse.Centre), 0, 100);
    }

    [Fact]
    public void FindDepartment_CorseDuSud_IsInCorse()
    {
        var corseDuSud = France.FindDepartment("2A");

        Assert.Equal(("Corse-du-Sud", "94"), (corseDuSud?.Name, corseDuSud?.RegionCode));
        Assert.Equal("Corse", France.FindRegion("94")?.Name);
        Assert.Same(corseDuSud, France.FindDepartment("2a"));
        Assert.Null(France.FindDepartment("20"));
        Assert.Null(France.FindRegion("975"));
    }

    [Fact]
    public void Counts_MetropolitanAndOverseasFrance()
    {
        Assert.Equal(101, France.Departments.Count);
        Assert.Equal(18, France.Regions.Count);
        Assert.Equal(101, France.Departments.Select(d => d.Code).Distinct().Count());
        Assert.All(France.Departments, d => Assert.NotNull(France.FindRegion(d.RegionCode)));
        Assert.Equal("Paris", France.CommunesForPostcode("75011").Single().Name);
        Assert.InRange(CountCommunes(), 34_001, 36_000);
    }

    [Fact]
    public void Departments_InTheOrderPeopleExpect()
    {
        var codes = France.Departments.Select(d => d.Code).ToList();

        Assert.Equal(new[] { "01", "02" }, codes[..2]);
        Assert.Equal(new[] { "19", "2A", "2B", "21" }, codes[18..22]);
        Assert.Equal(new[] { "95", "971", "972", "973", "974", "976" }, codes[^6..]);
    }

    [Fact]
    public void DistanceKm_ParisToLyon_IsAbout392Km()
    {
        var paris = new GeoPoint(48.8566, 2.3522);
        var lyon = new GeoPoint(45.7640, 4.8357);

        Assert.InRange(GeoDistance.DistanceKm(paris, lyon), 387, 397);
        Assert.Equal(0, GeoDistance.DistanceKm(paris, paris));
    }

    [Fact]
    public void Load_FileMissing_SaysWhichFileAndHowToMakeIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "france.json");
        var geography = new FranceGeography(path);

        var error = Assert.Throws<FileNotFoundException>(() => geography.Departments);

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("build-france-geography.mjs", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every commune has at least one postcode, so the postcode prefixes 0…9 reach them all.</summary>
    private static int CountCommunes() =>
        Enumerable.Range(0, 100)
            .SelectMany(p => France.FindCommunes(p.ToString("00", System.Globalization.CultureInfo.InvariantCulture), max: 5_000))
            .Select(c => c.Code)
            .Distinct()
            .Count();
}
