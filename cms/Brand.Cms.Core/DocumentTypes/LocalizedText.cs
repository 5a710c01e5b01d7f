namespace Brand.Cms.Core.DocumentTypes;

/// <summary>A label in every configured culture, e.g. {"fr": "Début", "en": "Start"}.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>The text in <paramref name="culture"/>, else French, else any.</summary>
    public string In(string culture) =>
        TryGetValue(culture, out var text) ? text
        : TryGetValue("fr", out var fr) ? fr
        : Values.FirstOrDefault() ?? "";
}
