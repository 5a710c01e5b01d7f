namespace Brand.Cms.Core.Redirects;

/// <summary>
/// A public URL that an item used to have (Umbraco's redirect management): when an editor renames a
/// segment or moves an item, its old URL answers 301 to wherever the item is now.
/// </summary>
public sealed class RedirectUrl
{
    public string Url { get; set; } = "";
    public Guid NodeKey { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>An item's URL in one culture changed from <paramref name="OldUrl"/> to <paramref name="NewUrl"/>.</summary>
public sealed record UrlChange(Guid NodeKey, string OldUrl, string NewUrl);
