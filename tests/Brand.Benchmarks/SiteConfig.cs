using System.Text.Json;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Benchmarks;

/// <summary>
/// Writes a minimal umbraco.config of our own (cultures + home / actorsFolder / labelledActor), so the
/// benchmarks do not depend on the real configuration, which changes while the site is being built.
/// </summary>
internal static class SiteConfig
{
    private static readonly JsonSerializerOptions _options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
    private static readonly string[] _homeChildren = ["actorsFolder"];
    private static readonly string[] _folderChildren = ["labelledActor"];

    /// <summary>Creates (or overwrites) the config folder and returns its full path.</summary>
    public static string Write(string folder)
    {
        var types = Path.Combine(folder, "document-types");
        Directory.CreateDirectory(types);
        Save(Path.Combine(folder, "cultures.json"), new
        {
            cultures = new object[]
            {
                new { code = "fr", name = "Français", @default = true },
                new { code = "en", name = "English", @default = false },
            },
        });

        Save(Path.Combine(types, "home.json"), new
        {
            alias = "home",
            name = Text("Accueil", "Home"),
            icon = "home-line",
            allowedAtRoot = true,
            allowedChildren = _homeChildren,
        });

        Save(Path.Combine(types, "actorsFolder.json"), new
        {
            alias = "actorsFolder",
            name = Text("Annuaire des acteurs", "Directory of actors"),
            icon = "map-pin-line",
            allowedChildren = _folderChildren,
        });

        Save(Path.Combine(types, "labelledActor.json"), new
        {
            alias = "labelledActor",
            name = Text("Acteur du réseau", "Network actor"),
            icon = "user-star-line",
            properties = new object[]
            {
                new { alias = "description", label = Text("Présentation", "Description"), editor = "textarea", variesByCulture = true,
                    searchable = true, validation = new { required = true, maxLength = 800 } },
                new { alias = "kind", label = Text("Catégorie", "Category"), editor = "singleChoice", facet = true, validation = new { required = true },
                    options = FrenchData.Kinds.Select(k => new { value = k.Value, label = Text(k.Fr, k.En) }) },
                new { alias = "specialties", label = Text("Spécialités", "Specialties"), editor = "multipleChoice", facet = true,
                    validation = new { required = true, min = 1, max = 9 },
                    options = FrenchData.Specialties.Select(s => new { value = s.Value, label = Text(s.Fr, s.En) }) },
                new { alias = "regionsServed", label = Text("Régions couvertes", "Regions served"), editor = "multipleChoice", facet = true,
                    validation = new { required = true, min = 1, max = 18 },
                    options = FrenchData.Regions.Select(r => new { value = r, label = Text("Région " + r, "Region " + r) }) },
                new { alias = "departmentsServed", label = Text("Départements couverts", "Departments served"), editor = "tags", facet = true },
                new { alias = "labelExpiresOn", label = Text("Label valable jusqu'au", "Label valid until"), editor = "date", facet = true },
                new { alias = "postcode", label = Text("Code postal", "Postcode"), editor = "text",
                    validation = new { required = true, maxLength = 5, regex = "^[0-9]{5}$" } },
                new { alias = "city", label = Text("Ville", "City"), editor = "text", searchable = true, validation = new { required = true, maxLength = 100 } },
                new { alias = "location", label = Text("Position sur la carte", "Map position"), editor = "geoPoint" },
                new { alias = "email", label = Text("Courriel", "Email"), editor = "email", validation = new { maxLength = 254 } },
            },
        });

        return Path.GetFullPath(folder);
    }

    /// <summary>The content model of our config, loaded from a throwaway folder that is removed again.</summary>
    public static ContentModel LoadModel()
    {
        var folder = Directory.CreateTempSubdirectory("brand-bench-config-").FullName;
        try
        {
            return ContentModelLoader.Load(Write(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Text(string fr, string en) => new() { ["fr"] = fr, ["en"] = en };

    private static void Save(string path, object value) => File.WriteAllText(path, JsonSerializer.Serialize(value, _options));
}
