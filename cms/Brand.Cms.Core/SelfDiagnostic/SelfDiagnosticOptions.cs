namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>Settings under "SelfDiagnostic": how long personal data is kept, and how often a visitor may post.</summary>
public sealed class SelfDiagnosticOptions
{
    public const string Section = "SelfDiagnostic";

    /// <summary>
    /// Open indicators only show groups of at least this many results, so that no answer can be traced back
    /// to one business. Fixed: a setting could lower it below what the privacy promise says.
    /// </summary>
    public const int MinimumGroupSize = 10;

    /// <summary>How long the contact details of a "be put in touch" request are kept; then they are erased.</summary>
    public TimeSpan ContactRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often the erasing of expired contact details runs.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Completed questionnaires a visitor (one IP address) may submit per hour.</summary>
    public int SubmissionsPerHour { get; set; } = 20;

    /// <summary>Contact requests a visitor (one IP address) may send per hour.</summary>
    public int ContactRequestsPerHour { get; set; } = 5;

    /// <summary>How long the computed open indicators are reused before the database is asked again.</summary>
    public TimeSpan IndicatorsCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public string? Problem() =>
        ContactRetention < TimeSpan.FromDays(1) ? "SelfDiagnostic:ContactRetention must be at least one day."
        : RetentionSweepInterval <= TimeSpan.Zero ? "SelfDiagnostic:RetentionSweepInterval must be positive."
        : SubmissionsPerHour < 1 ? "SelfDiagnostic:SubmissionsPerHour must be at least 1."
        : ContactRequestsPerHour < 1 ? "SelfDiagnostic:ContactRequestsPerHour must be at least 1."
        : IndicatorsCacheDuration < TimeSpan.Zero ? "SelfDiagnostic:IndicatorsCacheDuration cannot be negative."
        : null;
}
