using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.OpenData.Datasets;

namespace Brand.Cms.Tests.PublicApi.OpenData;

/// <summary>Columns come from the document types, and keep their names when the configuration loses a field.</summary>
public sealed class ContentColumnsTests
{
    private static readonly ContentModel _model = ContentModelLoader.Load(TestConfig.Real);

    [Fact]
    public void Property_VaryingByCulture_GivesOneColumnPerCultureWithTheEditorsLabels()
    {
        var columns = new ContentColumns(_model.Type("labelledActor"), _model.Cultures).Property("description", "description").ToList();

        Assert.Equal(["description_fr", "description_en"], columns.Select(c => c.Definition.Name));
        Assert.Equal("Présentation (en français)", columns[0].Definition.Description.In("fr"));
        Assert.Equal("Description (in English)", columns[1].Definition.Description.In("en"));
    }

    [Fact]
    public void Property_Choice_DocumentsItsValues()
    {
        var kind = new ContentColumns(_model.Type("labelledActor"), _model.Cultures).Property("kind", "kind").Single().Definition;

        Assert.Equal(ColumnType.Code, kind.Type);
        Assert.Equal(["volunteerConnector", "labelledConnector", "partnerOrganisation"], kind.Values.Select(v => v.Value));
    }

    [Fact]
    public void Property_MissingFromTheConfiguration_KeepsItsColumnAlwaysEmpty()
    {
        var cultures = new CultureSet([new Culture("fr", "Français", true), new Culture("en", "English", false)]);

        var withoutType = new ContentColumns(null, cultures).Property("phone", "phone").Single();
        var withoutProperty = new ContentColumns(_model.Type("labelledActor"), cultures).Property("fax", "fax").Single();

        Assert.Equal("phone", withoutType.Definition.Name);
        Assert.Equal("fax", withoutProperty.Definition.Name);
        Assert.Null(withoutProperty.Read(null!));
    }

    [Fact]
    public void Datasets_OfTheRealConfiguration_HaveUniqueSnakeCaseColumns()
    {
        foreach (var dataset in new IDataset[]
        {
            new ActorsDataset(_model, _model.Cultures, new Brand.Cms.Core.Geography.FranceGeography()),
            new EventsDataset(_model, _model.Cultures),
            new SuccessStoriesDataset(_model, _model.Cultures),
            new AidSchemesDataset(_model, _model.Cultures),
            new ResourcesDataset(_model, _model.Cultures),
        })
        {
            var names = dataset.Columns.Select(c => c.Name).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", n));
            Assert.Equal("id", names[0]);
            Assert.DoesNotContain(dataset.Columns, c => c.Description.Values.Any(string.IsNullOrWhiteSpace));
        }
    }
}
