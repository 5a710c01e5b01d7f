using System.Text.Json;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Geography;

/// <summary>
/// Reads geography/france.json, which the build writes (Geography/build-france-geography.mjs): rows
/// rather than objects, read by position. Departments come back in the order people expect: 01…19, 2A,
/// 2B, 21…95, 971…976.
/// </summary>
internal static class FranceGeographyFile
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "geography", "france.json");

    public static (List<Region> Regions, List<Department> Departments, List<Commune> Communes) Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The French geography data file {path} is missing. The build of Brand.Cms.Core writes it (npm ci, then "
                + "Geography/build-france-geography.mjs) and copies it beside the binaries: rebuild with node and npm on PATH.",
                path);
        }

        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var regions = Rows(root, "regions")
            .Select(r => new Region(r[0].GetString()!, r[1].GetString()!))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var departments = Rows(root, "departments")
            .Select(d => new Department(d[0].GetString()!, d[1].GetString()!, d[2].GetString()!, d[3].GetString()!))
            .OrderBy(d => DepartmentOrder(d.Code), StringComparer.Ordinal)
            .ToList();
        var communes = Rows(root, "communes")
            .Select(c => new Commune(
                Code: c[0].GetString()!,
                Name: c[1].GetString()!,
                DepartmentCode: c[2].GetString()!,
                RegionCode: c[3].GetString()!,
                Postcodes: c[4].EnumerateArray().Select(p => p.GetString()!).ToArray(),
                Population: c[5].GetInt32(),
                Centre: new GeoPoint(c[6].GetDouble(), c[7].GetDouble()),
                CentreIsApproximate: c[8].GetInt32() != 0))
            .ToList();
        return (regions, departments, communes);
    }

    /// <summary>
    /// Each row's cells as an array: JsonElement's own indexer walks a row from its start when the row
    /// holds an array (the postcodes), which made loading twice as slow.
    /// </summary>
    private static IEnumerable<JsonElement[]> Rows(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(row => row.EnumerateArray().ToArray());

    /// <summary>Corsica's 2A and 2B sit where 20 was: "19" → "190", "2A" → "20A", "21" → "210", "971" → "971".</summary>
    private static string DepartmentOrder(string code) => code switch
    {
        "2A" or "2B" => "20" + code[1],
        { Length: 2 } => code + "0",
        _ => code,
    };
}
