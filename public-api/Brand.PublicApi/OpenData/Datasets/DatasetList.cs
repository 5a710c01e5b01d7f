namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>The published datasets, in the order the page and the catalogue list them.</summary>
public sealed class DatasetList(ActorsDataset actors, EventsDataset events, SuccessStoriesDataset stories,
    AidSchemesDataset aid, ResourcesDataset resources, IndicatorsDataset indicators, SelfDiagnosticIndicatorsDataset diagnostics,
    NetworkStatisticsDataset network)
{
    public IReadOnlyList<IDataset> All { get; } = [actors, events, stories, aid, resources, indicators, diagnostics, network];

    public IDataset? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
