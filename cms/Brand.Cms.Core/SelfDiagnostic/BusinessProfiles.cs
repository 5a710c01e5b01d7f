using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>A value the context questions accept, with its wording in both languages.</summary>
public sealed record ProfileChoice(string Value, LocalizedText Label);

/// <summary>
/// What the context questions offer: the sectors and size bands are the options of the aid schemes'
/// eligibility (aidScheme.eligibleSectors and eligibleSizeBands), so that "which aid fits this business"
/// is an exact match and the mission team edits one list; departments come from the INSEE geography.
/// </summary>
public sealed class BusinessProfiles(ContentModel model, FranceGeography geography)
{
    public const string AidSchemeType = "aidScheme";

    public IReadOnlyList<ProfileChoice> Sectors { get; } = Options(model, "eligibleSectors");

    public IReadOnlyList<ProfileChoice> SizeBands { get; } = Options(model, "eligibleSizeBands");

    public IReadOnlyList<Department> Departments => geography.Departments;

    public bool IsSector(string? value) => Sectors.Any(s => s.Value == value);

    public bool IsSizeBand(string? value) => SizeBands.Any(s => s.Value == value);

    /// <summary>The department as the geography spells its code ("2a" → "2A"), or null.</summary>
    public Department? Department(string? code) => code is { Length: >= 2 and <= 3 } ? geography.FindDepartment(code) : null;

    public string? RegionName(string code) => geography.FindRegion(code)?.Name;

    /// <summary>A sector's wording in a culture; the code itself if the list no longer has it.</summary>
    public string SectorLabel(string code, string culture) => Sectors.FirstOrDefault(s => s.Value == code)?.Label.In(culture) ?? code;

    /// <summary>A size band's wording in a culture; the code itself if the list no longer has it.</summary>
    public string SizeBandLabel(string code, string culture) => SizeBands.FirstOrDefault(s => s.Value == code)?.Label.In(culture) ?? code;

    private static List<ProfileChoice> Options(ContentModel model, string alias) =>
        model.Type(AidSchemeType)?.Property(alias)?.Options.Select(o => new ProfileChoice(o.Value, o.Label)).ToList() ?? [];
}
