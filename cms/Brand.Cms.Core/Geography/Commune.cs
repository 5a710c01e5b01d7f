using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Geography;

/// <summary>
/// A commune by its INSEE code (not a postcode: one commune may have several postcodes and one postcode
/// several communes). <see cref="CentreIsApproximate"/> says the centre was not found for the commune itself
/// but taken from its postcode's neighbours or its department's chef-lieu: good for "which department",
/// a few to tens of km off for "how far".
/// </summary>
public sealed record Commune(
    string Code,
    string Name,
    string DepartmentCode,
    string RegionCode,
    IReadOnlyList<string> Postcodes,
    int Population,
    GeoPoint Centre,
    bool CentreIsApproximate);
