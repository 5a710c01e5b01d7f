using System.Text.RegularExpressions;

namespace Brand.Cms.Core.Geography;

/// <summary>
/// French administrative geography by INSEE code, for the directory's department and region filters and
/// its "near me": regions, departments (metropolitan and overseas) and the ~35,000 communes with their
/// postcodes, population and centre. Answers from geography/france.json beside the binaries, which the
/// build makes from npm packages; nothing is fetched at run time. The file is read on first use (about half a
/// second, ~35 MB in memory), so hosts that never ask pay nothing.
/// </summary>
public sealed partial class FranceGeography
{
    // ExecutionAndPublication: one load however many requests arrive first. A missing file throws on
    // every use (Lazy keeps the exception): it is a broken build, not something a retry mends.
    private readonly Lazy<Data> _data;

    public FranceGeography() : this(FranceGeographyFile.DefaultPath)
    {
    }

    internal FranceGeography(string path) => _data = new Lazy<Data>(() => Data.Load(path));

    public IReadOnlyList<Region> Regions => _data.Value.Regions;

    /// <summary>Ordered by code as people expect: 01…19, 2A, 2B, 21…95, 971…976.</summary>
    public IReadOnlyList<Department> Departments => _data.Value.Departments;

    public Region? FindRegion(string code) => _data.Value.RegionByCode.GetValueOrDefault(code.Trim());

    /// <summary>By INSEE code; "2a" finds Corse-du-Sud, "1" does not find Ain.</summary>
    public Department? FindDepartment(string code) => _data.Value.DepartmentByCode.GetValueOrDefault(code.Trim());

    /// <summary>The communes a postcode serves, most populous first; none for a postcode that does not exist.</summary>
    public IReadOnlyList<Commune> CommunesForPostcode(string postcode) => _data.Value.Index.ForPostcode(postcode.Trim());

    /// <summary>
    /// What a "town or postcode" box needs: "35000" (that postcode's communes), "350" (postcodes starting
    /// so), "saint etienne" (folded name prefix, exact names first, then the most populous), "Rennes (35)"
    /// (within a department) or "35000 Rennes". Anything else finds nothing; it never throws.
    /// </summary>
    public IReadOnlyList<Commune> FindCommunes(string? text, int max = 10)
    {
        if (string.IsNullOrWhiteSpace(text) || max <= 0)
        {
            return [];
        }

        var query = text.Trim();
        var index = _data.Value.Index;
        if (query.All(char.IsAsciiDigit))
        {
            return query.Length switch
            {
                5 => index.ForPostcode(query).Take(max).ToList(),
                >= 2 and < 5 => index.ForPostcodePrefix(query, max),
                _ => [],
            };
        }

        if (PostcodeAndName().Match(query) is { Success: true } withPostcode)
        {
            var name = PlaceNameFolding.Fold(withPostcode.Groups["name"].Value);
            return index.ForPostcode(withPostcode.Groups["postcode"].Value)
                .Where(c => PlaceNameFolding.Fold(c.Name).StartsWith(name, StringComparison.Ordinal))
                .Take(max)
                .ToList();
        }

        Func<Commune, bool>? filter = null;
        if (NameAndDepartment().Match(query) is { Success: true } withDepartment)
        {
            var department = withDepartment.Groups["department"].Value.ToUpperInvariant();
            filter = c => c.DepartmentCode == department;
            query = withDepartment.Groups["name"].Value;
        }

        var folded = PlaceNameFolding.Fold(query);
        return folded.Length == 0 ? [] : index.ForNamePrefix(folded, filter, max);
    }

    /// <summary>"35000 Rennes" or "Rennes 35000", as an address is written.</summary>
    [GeneratedRegex(@"^(?:(?<postcode>\d{5})\s+(?<name>\D.*)|(?<name>.*\D)\s+(?<postcode>\d{5}))$")]
    private static partial Regex PostcodeAndName();

    /// <summary>"Rennes (35)", "Ajaccio (2A)", "Saint-Denis (974)", as lists of communes write them.</summary>
    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<department>\d[\dAB]\d?)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAndDepartment();

    private sealed record Data(
        IReadOnlyList<Region> Regions,
        IReadOnlyList<Department> Departments,
        Dictionary<string, Region> RegionByCode,
        Dictionary<string, Department> DepartmentByCode,
        CommuneIndex Index)
    {
        public static Data Load(string path)
        {
            var (regions, departments, communes) = FranceGeographyFile.Load(path);
            return new Data(
                regions.AsReadOnly(),
                departments.AsReadOnly(),
                regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase),
                departments.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase),
                new CommuneIndex(communes));
        }
    }
}
