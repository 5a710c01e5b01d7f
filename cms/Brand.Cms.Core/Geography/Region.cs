namespace Brand.Cms.Core.Geography;

/// <summary>A French region by its INSEE code ("53" Bretagne, "94" Corse, "04" La Réunion).</summary>
public sealed record Region(string Code, string Name);
