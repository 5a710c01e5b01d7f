using System.Diagnostics;
using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Search.Indexing;
using Brand.Cms.Core.Search.Querying;
using static Brand.Benchmarks.FrenchData;

namespace Brand.Benchmarks;

/// <summary>
/// `search [N] [QUERIES]`: the search targets on N generated actors (2 documents each, fr and en).
/// 1. A full rebuild of the external index from the published cache (target: at least 5,000 documents/s),
///    then of the internal one from the database.
/// 2. Directory queries as a visitor makes them: text, three facet filters, five facets counted, a position
///    with a 100 km radius, sorted by distance (target: p95 under 15 ms). Then the same without text: every
///    actor in the radius's box is visited. The first <see cref="Warmup"/> are left out.
/// </summary>
internal static class SearchMode
{
    private const int Warmup = 200;
    private static readonly string[] Words = ["conseil", "numérique", "site", "vente en ligne", "réseaux sociaux", "formation",
        "cybersécurité", "paiement", "accompagne", "commerçants", "Martin", "Bernard", "rennes", "lyon", "boutique", "artisans", "cloud"];
    private static readonly string[] Facets = ["kind", "specialties", "regionsServed", "departmentsServed", "labelExpiresOn"];

    public static async Task<int> RunAsync(int actors, int queries)
    {
        await using var engine = await BenchEngine.StartAsync("search", actors);
        var indexes = engine.Get<SearchIndexes>();
        var rates = new List<double>();
        foreach (var index in indexes.All)
        {
            RebuildProgress? last = null;
            await index.RebuildAsync(p => last = p);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild {index.Name}: {last!.Done:N0} documents in {last.Elapsed.TotalSeconds:0.00} s = {last.Rate:N0} documents/s"));
            rates.Add(last.Rate);
        }

        var search = engine.Get<SearchService>();
        var rng = new Random(7);
        var withText = Measure(search, rng, queries, text: true);
        var withoutText = Measure(search, rng, queries, text: false);
        Console.WriteLine(Stats.MachineLoad());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search: {actors:N0} actors: rebuild external {rates[0]:N0} documents/s (target >= 5,000)"));
        Console.WriteLine($"search: text + 3 facet filters + 5 facet counts + 100 km around a town, by distance: {Stats.Describe(withText)} (target: p95 < 15 ms)");
        Console.WriteLine($"search: the same without text (every actor in the radius's box visited): {Stats.Describe(withoutText)}");
        return rates[0] >= 5000 && Stats.Percentile(withText, 95) < 15 ? 0 : 1;
    }

    private static List<double> Measure(SearchService search, Random rng, int queries, bool text)
    {
        var times = new List<double>(queries);
        var byWord = new Dictionary<string, List<double>>();
        var totals = 0L;
        for (var i = 0; i < Warmup + queries; i++)
        {
            var request = Request(rng, text);
            var start = Stopwatch.GetTimestamp();
            var results = search.Search(request);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            totals += results.Total;
            if (i >= Warmup)
            {
                times.Add(ms);
                (byWord.TryGetValue(request.Text ?? "", out var list) ? list : byWord[request.Text ?? ""] = []).Add(ms);
            }
        }

        if (text)
        {
            // Which words make the tail: a word found in every description visits every actor.
            Console.WriteLine("  p95 by word: " + string.Join(", ", byWord.OrderByDescending(kv => Stats.Percentile(kv.Value, 95))
                .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {Stats.Percentile(kv.Value, 95):0.0}"))));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({(text ? "with" : "without")} text: {totals / (double)(Warmup + queries):N0} results per query on average)"));
        return times;
    }

    private static SearchRequest Request(Random rng, bool text)
    {
        var city = Cities[rng.Next(Cities.Length)];
        return new SearchRequest
        {
            Culture = "fr",
            Text = text ? Words[rng.Next(Words.Length)] : null,
            ContentTypes = ["labelledActor"],
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                ["kind"] = [Kinds[rng.Next(Kinds.Length)].Value, Kinds[rng.Next(Kinds.Length)].Value],
                ["specialties"] = [Specialties[rng.Next(Specialties.Length)].Value, Specialties[rng.Next(Specialties.Length)].Value],
                ["labelExpiresOn"] = [IndexSchema.Upcoming],
            },
            Facets = Facets,
            Near = new GeoPoint(city.Lat, city.Lon),
            RadiusKm = 100,
            Sort = SearchSort.Distance,
            Take = 24,
        };
    }
}
