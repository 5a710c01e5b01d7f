namespace Brand.Cms.Core.Cultures;

public sealed record Culture(string Code, string Name, bool Default);

/// <summary>The cultures configured in umbraco.config/cultures.json; the default one comes first.</summary>
public sealed class CultureSet
{
    public CultureSet(IEnumerable<Culture> cultures)
    {
        All = cultures.OrderByDescending(c => c.Default).ToList();
        Default = All[0];
        Codes = All.Select(c => c.Code).ToList();
    }

    public IReadOnlyList<Culture> All { get; }
    public Culture Default { get; }
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);
}
