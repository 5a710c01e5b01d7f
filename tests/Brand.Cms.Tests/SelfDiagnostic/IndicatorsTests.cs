using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Brand.Cms.Tests.PublicApi.GraphQL;
using Brand.Cms.Tests.PublicApi.OpenData;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>
/// The open indicators of the self-diagnostic, as a reader, a reuser and a partner see them: the indicators page,
/// the open-data download and the GraphQL field publish a group only from ten results, on both databases. The
/// engine's cache is off (each read recomputes); the page's output cache is not, so each page read has its own URL.
/// </summary>
public sealed class IndicatorsTests
{
    private const string Page = "/fr/autodiagnostic/indicateurs";
    private const string Dataset = "self-diagnostic-indicators";
    private const string Brittany = "53";
    private const string Query = """
        { selfDiagnosticIndicators(culture: "fr") { totalResults minimumGroupSize
          groups { axis code label count overall dimensions { key name average } } } }
        """;

    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Indicators_NineResultsInARegion_AreShownNowhere_AndTheTenthPublishesTheirAverages(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = Start(database);
        // Five businesses answer the best answer everywhere (100), five the worst (0): every average is 50.
        for (var i = 0; i < 9; i++)
        {
            await SaveAsync(server, i % 2 == 0 ? "35" : "29", "retail", "1-9", i < 5 ? 100 : 0);
        }

        var before = await PageAsync(server, "?lus=9");
        Assert.DoesNotContain("Bretagne", before, StringComparison.Ordinal);
        Assert.Contains("Pas encore assez de résultats", before, StringComparison.Ordinal);
        Assert.Contains("Les groupes de moins de 10 résultats ne sont pas affichés", before, StringComparison.Ordinal);
        Assert.DoesNotContain("cc-chart", before, StringComparison.Ordinal);
        Assert.Empty((await OpenDataFiles.CsvAsync(server.Http, Dataset)).Rows);
        var graph = (await server.Http.PostAsync(Query)).Ok()["selfDiagnosticIndicators"]!;
        Assert.Equal(9, graph["totalResults"]!.GetValue<int>());
        Assert.Equal(10, graph["minimumGroupSize"]!.GetValue<int>());
        Assert.Empty(graph["groups"]!.AsArray());

        await SaveAsync(server, "35", "retail", "1-9", 0);

        var after = await PageAsync(server, "?lus=10");
        Assert.Matches(DetailRow("Bretagne", "10", "50,0"), after);
        Assert.Matches(DetailRow("Commerce de détail", "10", "50,0"), after);
        Assert.Contains("<td data-value=\"50.0\">50,0</td>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Pas encore assez de résultats", after, StringComparison.Ordinal);

        var csv = await OpenDataFiles.CsvAsync(server.Http, Dataset);
        var region = csv.Rows.Single(r => r["axis"] == "region");
        Assert.Equal((Brittany, "Bretagne", "10", "50"), (region["group"], region["label_fr"], region["count"], region["overall"]));
        var dimensionColumns = csv.Header.Where(h => h.StartsWith("dimension_", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, dimensionColumns.Count);
        Assert.All(dimensionColumns, c => Assert.Equal("50", region[c]));
        using var json = await OpenDataFiles.JsonAsync(server.Http, Dataset);
        Assert.Equal(csv.Rows.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("group").GetString() == Brittany);

        var groups = (await server.Http.PostAsync(Query)).Ok()["selfDiagnosticIndicators"]!["groups"]!.AsArray();
        var brittany = groups.Single(g => g!["axis"]!.GetValue<string>() == "REGION")!;
        Assert.Equal((Brittany, "Bretagne", 10, 50.0), (brittany["code"]!.GetValue<string>(), brittany["label"]!.GetValue<string>(),
            brittany["count"]!.GetValue<int>(), brittany["overall"]!.GetValue<double>()));
        var dimensions = brittany["dimensions"]!.AsArray();
        Assert.Equal(6, dimensions.Count);
        Assert.Equal("Présence en ligne", dimensions[0]!["name"]!.GetValue<string>());
        Assert.All(dimensions, d => Assert.Equal(50.0, d!["average"]!.GetValue<double>()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Indicators_NationalAndSectorGroups_ArePublishedFromTenResultsLikeRegions(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = Start(database);
        // Nine retailers in nine regions: no region, no sector, and not even the whole reaches ten.
        string[] departments = ["75", "69", "13", "33", "59", "35", "67", "31", "44"];
        foreach (var department in departments)
        {
            await SaveAsync(server, department, "retail", "0", 100);
        }

        Assert.Empty((await OpenDataFiles.CsvAsync(server.Http, Dataset)).Rows);

        // A tenth result, a craftsman: the national averages appear, the retailers (9) and crafts (1) still do not.
        await SaveAsync(server, "06", "crafts", "0", 0);

        var ten = await OpenDataFiles.CsvAsync(server.Http, Dataset);
        Assert.Equal(["all:all:10:90", "sizeBand:0:10:90"], ten.Rows.Select(r => $"{r["axis"]}:{r["group"]}:{r["count"]}:{r["overall"]}"));
        var national = await PageAsync(server, "?lus=10");
        Assert.Contains("Moyennes nationales", national, StringComparison.Ordinal);
        Assert.Contains("Aucun secteur ne réunit encore 10 résultats.", national, StringComparison.Ordinal);
        Assert.DoesNotContain("Commerce de détail", national, StringComparison.Ordinal);

        // A tenth retailer: the sector is published too, with its own average (10 × 100 = 100).
        await SaveAsync(server, "75", "retail", "0", 100);

        var eleven = await OpenDataFiles.CsvAsync(server.Http, Dataset);
        Assert.Contains("sector:retail:10:100", eleven.Rows.Select(r => $"{r["axis"]}:{r["group"]}:{r["count"]}:{r["overall"]}"));
        Assert.DoesNotContain(eleven.Rows, r => r["group"] == "crafts");
        var groups = (await server.Http.PostAsync(Query)).Ok()["selfDiagnosticIndicators"]!["groups"]!.AsArray();
        Assert.Equal(["ALL:all:11", "SECTOR:retail:10", "SIZE_BAND:0:11"],
            groups.Select(g => $"{g!["axis"]!.GetValue<string>()}:{g["code"]!.GetValue<string>()}:{g["count"]!.GetValue<int>()}"));
        Assert.Equal("Commerce de détail", groups.Single(g => g!["code"]!.GetValue<string>() == "retail")!["label"]!.GetValue<string>());
        Assert.Matches(DetailRow("Commerce de détail", "10", "100,0"), await PageAsync(server, "?lus=11"));
    }

    private static SiteServer Start(TestDatabase database) =>
        new(database, settings: new Dictionary<string, string?> { ["SelfDiagnostic:IndicatorsCacheDuration"] = "00:00:00" });

    /// <summary>A completed questionnaire whose every answer is worth <paramref name="points"/> (0 or 100).</summary>
    private static async Task SaveAsync(SiteServer server, string department, string sector, string sizeBand, int points)
    {
        var questionnaire = Questionnaire.Read(server.Get<PublishedContentCache>().Current.GetByRoute("/fr/autodiagnostic")!);
        var answers = SeededQuestionnaire.AnswersWorth(questionnaire, _ => points);
        var saved = await server.Get<DiagnosticResults>().SaveAsync(questionnaire, new DiagnosticSubmission(sector, sizeBand, department, answers));
        Assert.True(saved.Succeeded, saved.ToString());
    }

    private static async Task<string> PageAsync(SiteServer server, string query)
    {
        using var response = await server.Http.GetAsync(new Uri(Page + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A row of a detail table: the group, its number of results and its overall average as shown.</summary>
    private static Regex DetailRow(string label, string count, string overall) =>
        new($@"<th scope=""row"">{Regex.Escape(label)}</th>\s*<td>{count}</td>\s*<td>{Regex.Escape(overall)}</td>");
}
