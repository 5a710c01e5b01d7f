namespace Brand.Cms.Core.Search.Indexing;

/// <summary>Where a rebuild stands: documents written, out of how many, how fast, how long to go.</summary>
public sealed record RebuildProgress(string Index, int Done, int Total, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => Rate > 0 && Total >= Done ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;

    public double Fraction => Total > 0 ? Math.Min(1, (double)Done / Total) : 1;
}
