namespace Brand.Backoffice.Preview;

/// <summary>Settings under "Preview".</summary>
public sealed class PreviewOptions
{
    public const string Section = "Backoffice:Preview";

    /// <summary>How long a preview link works after it is created.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);
}
