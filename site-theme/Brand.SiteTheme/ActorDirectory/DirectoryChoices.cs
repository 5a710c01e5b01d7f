using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Geography;
using Brand.Cms.Core.Search;
using Brand.SiteTheme.Rendering;

namespace Brand.SiteTheme.ActorDirectory;

/// <summary>A value a filter accepts and its wording in the page's language.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>
/// What each directory filter accepts, with its wording: the options of the labelledActor document type
/// (categories, specialties, regions), the departments of <see cref="FranceGeography"/>, and the two label
/// states. The query string is checked against these, so an unknown value is dropped, never shown.
/// </summary>
public sealed class DirectoryChoices
{
    public const string ActorType = "labelledActor";

    /// <summary>The values of the label filter in the URL, and the date-facet buckets they stand for.</summary>
    public const string ValidLabel = "valid";
    public const string ExpiredLabel = "expired";

    private readonly FranceGeography _geography;
    private readonly ThemeContext _theme;

    public DirectoryChoices(ThemeContext theme, FranceGeography geography)
    {
        _theme = theme;
        _geography = geography;
        ActorDocumentType = theme.Model.Type(ActorType);
        Kinds = Options(DirectoryFacets.Kind);
        Specialties = Options(DirectoryFacets.Specialties);
        Regions = Options(DirectoryFacets.Regions);
        Labels =
        [
            new(ValidLabel, theme.T("Label valide", "Valid label")),
            new(ExpiredLabel, theme.T("Label expiré", "Expired label")),
        ];
    }

    public DocumentType? ActorDocumentType { get; }

    public IReadOnlyList<Choice> Kinds { get; }

    public IReadOnlyList<Choice> Specialties { get; }

    public IReadOnlyList<Choice> Regions { get; }

    public IReadOnlyList<Choice> Labels { get; }

    /// <summary>Every department, ordered by code (01…19, 2A, 2B, 21…95, 971…976), as "35 — Ille-et-Vilaine".</summary>
    public IEnumerable<Choice> Departments => _geography.Departments.Select(d => new Choice(d.Code, $"{d.Code} — {d.Name}"));

    /// <summary>The department's code as the index stores it ("2a" → "2A"), or null when there is no such department.</summary>
    public string? Department(string code) =>
        code.Length is >= 2 and <= 3 ? _geography.FindDepartment(code)?.Code : null;

    public string DepartmentLabel(string code) =>
        _geography.FindDepartment(code) is { } d ? $"{d.Code} — {d.Name}" : code;

    /// <summary>The legend of a filter: the property's label as configured, else the given wording.</summary>
    public string Legend(string alias, string fr, string en) =>
        ActorDocumentType?.Property(alias)?.Label.In(_theme.Culture) ?? _theme.T(fr, en);

    /// <summary>
    /// The label filter when the visitor chose none: valid labels and actors without a label date (volunteers,
    /// partner organisations). Expired labels drop out of the default view; the "Expired label" box brings them back.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultLabelBuckets = [IndexSchema.Upcoming, IndexSchema.Undated];

    /// <summary>The date-facet bucket a label filter value stands for.</summary>
    public static string Bucket(string label) => label == ValidLabel ? IndexSchema.Upcoming : IndexSchema.Past;

    private List<Choice> Options(string alias) =>
        _theme.Format.Choices(ActorDocumentType, alias).Select(c => new Choice(c.Value, c.Label)).ToList();
}

/// <summary>The labelledActor properties the directory filters on, each a facet of the search index.</summary>
public static class DirectoryFacets
{
    public const string Kind = "kind";
    public const string Specialties = "specialties";
    public const string Regions = "regionsServed";
    public const string Departments = "departmentsServed";
    public const string LabelExpiry = "labelExpiresOn";

    public static readonly IReadOnlyList<string> All = [Kind, Specialties, Regions, Departments, LabelExpiry];
}
