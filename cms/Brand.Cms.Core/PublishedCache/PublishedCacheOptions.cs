namespace Brand.Cms.Core.PublishedCache;

/// <summary>Settings under "PublishedCache".</summary>
public sealed class PublishedCacheOptions
{
    public const string Section = "PublishedCache";

    /// <summary>How often the change journal is polled for writes made by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
