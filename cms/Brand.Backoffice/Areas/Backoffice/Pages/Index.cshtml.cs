namespace Brand.Backoffice.Areas.Backoffice.Pages;

/// <summary>The dashboard: what the signed-in user can do, and (from the review feature) what awaits them.</summary>
public sealed class IndexModel : BackofficePage;
