namespace Brand.Cms.Core.Search;

/// <summary>Settings under "Search".</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How often the indexes look at the change journal for writes made by other processes. Writes made
    /// here wake them at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
