using Brand.PublicApi.OpenData.Datasets;

namespace Brand.PublicApi.OpenData.Versions;

/// <summary>A dataset as the page and the catalogue describe it, with its file sizes for one base URL.</summary>
public sealed record DatasetSummary(IDataset Dataset, DatasetVersion Version, long CsvSize, long JsonSize);
