namespace Brand.Cms.Core.Geography;

/// <summary>A French department by its INSEE code ("35", "2A", "974"), with the commune that is its chef-lieu.</summary>
public sealed record Department(string Code, string Name, string RegionCode, string ChefLieuCode);
