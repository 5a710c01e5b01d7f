namespace Brand.SiteTheme.Rendering;

/// <summary>What the pagination partial (Shared/_PageLinks) needs: where we are, how many pages, and each page's link.</summary>
public sealed record PageLinks(int Page, int PageCount, Func<int, string> Link);
