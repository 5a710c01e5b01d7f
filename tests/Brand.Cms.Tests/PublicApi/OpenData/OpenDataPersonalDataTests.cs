using Brand.Cms.Core.PublishedCache;
using static Brand.Cms.Tests.PublicApi.OpenData.OpenDataFiles;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>
/// No personal data of a private person in any file: volunteer connectors keep their kind, specialties and area,
/// never their name, presentation, page, address, position or contact; success stories never carry the quoted
/// person. Businesses (labelled connectors, partner organisations) keep their professional contact.
/// </summary>
[Collection(OpenDataSuite.Name)]
public sealed class OpenDataPersonalDataTests(OpenDataSite site)
{
    private static readonly string[] _personalColumns =
        ["name_fr", "name_en", "url_fr", "url_en", "description_fr", "description_en", "address", "postcode", "city",
         "latitude", "longitude", "email", "phone", "website", "label_number"];

    [Fact]
    public async Task VolunteerConnectors_InEveryFile_ShowNothingThatIdentifiesThem()
    {
        var volunteers = Public(site.Published, "labelledActor").Where(a => a.Value<string>("kind") == "volunteerConnector").ToList();
        Assert.NotEmpty(volunteers);
        var files = await AllFilesAsync();

        foreach (var volunteer in volunteers)
        {
            var en = volunteer.InCulture("en")!;
            string?[] personal =
            [
                volunteer.Name, en.Name, volunteer.UrlSegment, en.UrlSegment,
                volunteer.Value<string>("description"), en.Value<string>("description"),
                volunteer.Value<string>("email"), volunteer.Value<string>("phone"), volunteer.Value<string>("address"),
                volunteer.Value<string>("labelNumber"), volunteer.Value<string>("website"),
            ];
            foreach (var (file, text) in files)
            {
                foreach (var value in personal.Where(v => !string.IsNullOrWhiteSpace(v)))
                {
                    Assert.False(text.Contains(value!, StringComparison.OrdinalIgnoreCase), $"{file} shows '{value}' of volunteer {volunteer.Key}");
                }
            }
        }
    }

    [Fact]
    public async Task VolunteerRows_KeepTheirKindSpecialtiesAndArea_AndLeaveTheRestEmpty()
    {
        var csv = await CsvAsync(site.Http, "actors");
        var volunteers = csv.Rows.Where(r => r["kind"] == "volunteerConnector").ToList();

        Assert.NotEmpty(volunteers);
        Assert.All(volunteers, row =>
        {
            Assert.All(_personalColumns, column => Assert.Equal("", row[column]));
            Assert.NotEqual("", row["id"]);
            Assert.NotEqual("", row["specialties"]);
            Assert.NotEqual("", row["regions_served"]);
            Assert.NotEqual("", row["department"]);
            Assert.NotEqual("", row["region"]);
        });
    }

    [Fact]
    public async Task Businesses_KeepTheirProfessionalContact()
    {
        var csv = await CsvAsync(site.Http, "actors");
        var businesses = Public(site.Published, "labelledActor").Where(a => a.Value<string>("kind") != "volunteerConnector").ToList();

        Assert.NotEmpty(businesses);
        Assert.All(businesses, actor =>
        {
            Assert.Equal(actor.Value<string>("email"), csv.Row(actor.Key, "email"));
            Assert.Equal(actor.Value<string>("address"), csv.Row(actor.Key, "address"));
            Assert.Equal(actor.Name, csv.Row(actor.Key, "name_fr"));
        });
    }

    [Fact]
    public async Task SuccessStories_NeverCarryTheQuotedPerson()
    {
        var stories = Public(site.Published, "successStory");
        var files = await AllFilesAsync();
        var csv = await CsvAsync(site.Http, "success-stories");

        Assert.DoesNotContain(csv.Header, h => h.StartsWith("quote", StringComparison.Ordinal));
        foreach (var author in stories.Select(s => s.Value<string>("quoteAuthor")).OfType<string>())
        {
            Assert.All(files, f => Assert.DoesNotContain(author, f.Text, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<List<(string File, string Text)>> AllFilesAsync()
    {
        var files = new List<(string, string)>();
        foreach (var dataset in Datasets)
        {
            foreach (var format in new[] { "csv", "json" })
            {
                var file = $"{dataset}.{format}";
                files.Add((file, await site.Http.GetStringAsync(new Uri($"/open-data/{file}", UriKind.Relative))));
            }
        }

        return files;
    }
}
