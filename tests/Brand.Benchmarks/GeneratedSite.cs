using System.Globalization;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using static Brand.Benchmarks.FrenchData;

namespace Brand.Benchmarks;

/// <summary>The facts of one generated actor; kept as plain strings so 100,000 of them stay cheap to hold.</summary>
internal sealed record ActorFacts(string DescriptionFr, string DescriptionEn, string Kind, string[] Specialties, string[] Regions,
    string Postcode, string City, double Lat, double Lon, string Email, string Department, DateOnly LabelExpiresOn);

/// <summary>One node of the generated tree. <see cref="Actor"/> is null for the home page and the folder.</summary>
internal sealed record GeneratedNode(int Id, Guid Key, int? ParentId, int Level, int SortOrder, string ContentType, string Path,
    DateTime CreateDate, DateTime UpdateDate, string NameFr, string NameEn, string SegmentFr, string SegmentEn, ActorFacts? Actor);

/// <summary>
/// A deterministic site: home (id 1) → actorsFolder (id 2) → N labelled actors (ids 3…), every one
/// published in fr and en. The same seed gives the same names, URLs and values on every run.
/// </summary>
internal sealed class GeneratedSite
{
    public const int HomeId = 1;
    public const int FolderId = 2;
    public const string Actor = "bench";

    private GeneratedSite(List<GeneratedNode> nodes) => Nodes = nodes;

    /// <summary>Home, folder, then the actors in sort order.</summary>
    public IReadOnlyList<GeneratedNode> Nodes { get; }

    public IEnumerable<GeneratedNode> Actors => Nodes.Skip(2);

    public static GeneratedSite Create(int actorCount, int seed = 20261123)
    {
        var rng = new Random(seed);
        var epoch = new DateTime(2024, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        var nodes = new List<GeneratedNode>(actorCount + 2)
        {
            new(HomeId, NewKey(rng), null, 1, 0, "home", "1", epoch, epoch, "Accueil", "Home", "accueil", "home", null),
            new(FolderId, NewKey(rng), HomeId, 2, 0, "actorsFolder", "1,2", epoch, epoch, "Annuaire des acteurs", "Directory", "annuaire", "directory", null),
        };

        // Segments are unique among siblings per culture, as SegmentAssigner makes them: "name", "name-2"…
        var fr = new UniqueSegments();
        var en = new UniqueSegments();
        // Names repeat a lot and FromName (Unicode normalisation) costs microseconds: slug each distinct name once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        string Slug(string name) => slugs.TryGetValue(name, out var slug) ? slug : slugs[name] = UrlSegments.FromName(name);
        for (var i = 0; i < actorCount; i++)
        {
            var id = FolderId + 1 + i;
            var city = Cities[rng.Next(Cities.Length)];
            var kind = rng.NextDouble() switch { < 0.45 => 0, < 0.8 => 1, _ => 2 };
            var first = FirstNames[rng.Next(FirstNames.Length)];
            var last = LastNames[rng.Next(LastNames.Length)];
            var nameFr = kind switch
            {
                0 => $"{first} {last}",
                1 => $"{last} Conseil numérique ({city.Name})",
                _ => $"{OrganisationPrefixes[rng.Next(OrganisationPrefixes.Length)]} {city.Name}",
            };
            var nameEn = kind == 1 ? $"{last} Digital Consulting ({city.Name})" : nameFr;

            var specialties = Pick(rng, Specialties.Length, rng.Next(1, 4)).Select(s => Specialties[s]).ToArray();
            var regions = new[] { city.Region }.Concat(Pick(rng, Regions.Length, rng.Next(0, 3)).Select(r => Regions[r])).Distinct().ToArray();
            var audience = rng.Next(Audiences.Length);
            var descriptionFr = $"{Kinds[kind].Fr} à {city.Name}, {nameFr} accompagne {Audiences[audience]} sur "
                + $"{string.Join(", ", specialties.Select(s => s.Fr))}. Premier rendez-vous gratuit, en présentiel ou à distance, "
                + "pour faire le point sur vos besoins et construire un plan d'action adapté à votre activité et à votre budget.";
            var descriptionEn = $"{Kinds[kind].En} in {city.Name}, {nameEn} helps {AudiencesEn[audience]} with "
                + $"{string.Join(", ", specialties.Select(s => s.En))}. The first meeting is free, in person or remotely, "
                + "to review your needs and build an action plan that fits your business and your budget.";
            var email = $"{Slug($"{first} {last}").Replace('-', '.')}.{i}@exemple.fr";
            var facts = new ActorFacts(descriptionFr, descriptionEn, Kinds[kind].Value, [.. specialties.Select(s => s.Value)], regions,
                city.Postcode, city.Name, Math.Round(city.Lat + (rng.NextDouble() - 0.5) / 10, 5), Math.Round(city.Lon + (rng.NextDouble() - 0.5) / 10, 5), email,
                Department(city.Postcode), new DateOnly(2025, 1, 1).AddDays(rng.Next(0, 4 * 365)));

            var created = epoch.AddMinutes(rng.Next(0, 2 * 365 * 24 * 60));
            var updated = created.AddMinutes(rng.Next(0, 60 * 24 * 90));
            nodes.Add(new GeneratedNode(id, NewKey(rng), FolderId, 3, i, "labelledActor", $"1,2,{id}", created, updated,
                nameFr, nameEn, fr.Claim(Slug(nameFr)), en.Claim(Slug(nameEn)), facts));
        }

        return new GeneratedSite(nodes);
    }

    /// <summary>The department of a postcode of <see cref="FrenchData.Cities"/>: two digits, three overseas, 2A for Ajaccio.</summary>
    private static string Department(string postcode) => postcode switch
    {
        ['9', '7', ..] => postcode[..3],
        ['2', '0', ..] => "2A",
        _ => postcode[..2],
    };

    /// <summary>The public URL of a node in "fr" or "en" (the home page is "/fr", "/en").</summary>
    public static string Route(GeneratedNode node, string culture)
    {
        var fr = culture == "fr";
        return node.Id switch
        {
            HomeId => "/" + culture,
            FolderId => fr ? "/fr/annuaire" : "/en/directory",
            _ => fr ? "/fr/annuaire/" + node.SegmentFr : "/en/directory/" + node.SegmentEn,
        };
    }

    /// <summary>The draft as the editor would have saved it (stored form: trimmed, normalised values).</summary>
    public static DocumentData Draft(GeneratedNode node)
    {
        var data = new DocumentData();
        data.Names["fr"] = node.NameFr;
        data.Names["en"] = node.NameEn;
        data.Segments["fr"] = node.SegmentFr;
        data.Segments["en"] = node.SegmentEn;
        if (node.Actor is { } a)
        {
            data.Set("description", "fr", JsonValue.Create(a.DescriptionFr));
            data.Set("description", "en", JsonValue.Create(a.DescriptionEn));
            data.Set("kind", DocumentData.Invariant, JsonValue.Create(a.Kind));
            data.Set("specialties", DocumentData.Invariant, new JsonArray([.. a.Specialties.Select(s => (JsonNode?)JsonValue.Create(s))]));
            data.Set("regionsServed", DocumentData.Invariant, new JsonArray([.. a.Regions.Select(r => (JsonNode?)JsonValue.Create(r))]));
            data.Set("postcode", DocumentData.Invariant, JsonValue.Create(a.Postcode));
            data.Set("city", DocumentData.Invariant, JsonValue.Create(a.City));
            data.Set("location", DocumentData.Invariant, new JsonObject { ["lat"] = a.Lat, ["lon"] = a.Lon });
            data.Set("email", DocumentData.Invariant, JsonValue.Create(a.Email));
            data.Set("departmentsServed", DocumentData.Invariant, new JsonArray(JsonValue.Create(a.Department)));
            data.Set("labelExpiresOn", DocumentData.Invariant, JsonValue.Create(a.LabelExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return data;
    }

    /// <summary>The published copy: the draft plus the publish date of each culture.</summary>
    public static DocumentData Published(GeneratedNode node)
    {
        var data = Draft(node);
        data.PublishDates = new Dictionary<string, DateTime>(StringComparer.Ordinal) { ["fr"] = node.UpdateDate, ["en"] = node.UpdateDate };
        return data;
    }

    /// <summary>The rows the published cache loads from content_nodes.</summary>
    public List<NodeRow> ToNodeRows() =>
        [.. Nodes.Select(n => new NodeRow(n.Id, n.Key, n.ParentId, n.SortOrder, n.Level, n.ContentType, Published(n).ToJson(), false, n.CreateDate, n.UpdateDate))];

    /// <summary>A full snapshot, built the way <c>PublishedContentCache.RebuildAsync</c> builds it.</summary>
    public PublishedSnapshot BuildSnapshot(ContentModel model)
    {
        var rows = ToNodeRows();
        var updater = new PublishedSnapshotUpdater(model);
        return updater.Apply(updater.Empty(), [.. rows.Select(r => r.Id)], rows, rows.Count);
    }

    /// <summary>A fixed pseudo-random sample of actors (the same for a given seed).</summary>
    public List<GeneratedNode> SampleActors(int count, int seed)
    {
        var actors = Nodes.Count - 2;
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Nodes[2 + rng.Next(actors)])];
    }

    public static string Describe(GeneratedNode n) => string.Create(CultureInfo.InvariantCulture, $"#{n.Id} {n.NameFr} ({Route(n, "fr")})");

    private static Guid NewKey(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4, like Guid.NewGuid()
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Distinct indexes in [0, max), in ascending order.</summary>
    private static IEnumerable<int> Pick(Random rng, int max, int count) =>
        Enumerable.Range(0, max).OrderBy(_ => rng.Next()).Take(count).Order();

    /// <summary>Claims "segment", else the first free "segment-N" (N from 2), as SegmentAssigner does, in O(1) amortised.</summary>
    private sealed class UniqueSegments
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        public string Claim(string wanted)
        {
            if (_taken.Add(wanted))
            {
                return wanted;
            }

            var n = _next.GetValueOrDefault(wanted, 2);
            string candidate;
            while (!_taken.Add(candidate = string.Create(CultureInfo.InvariantCulture, $"{wanted}-{n}")))
            {
                n++;
            }

            _next[wanted] = n + 1;
            return candidate;
        }
    }
}
