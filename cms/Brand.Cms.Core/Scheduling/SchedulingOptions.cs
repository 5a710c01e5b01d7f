namespace Brand.Cms.Core.Scheduling;

/// <summary>Settings under "Scheduling".</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often due publishes and unpublishes are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
