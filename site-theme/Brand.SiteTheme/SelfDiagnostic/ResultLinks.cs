using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// Where a result lives: under its questionnaire's page, "/fr/autodiagnostic/resultat/{token}" or
/// "/en/self-assessment/result/{token}". The token is the only key: whoever has the link sees the result,
/// nobody can list or guess them.
/// </summary>
public static class ResultLinks
{
    public static readonly IReadOnlyDictionary<string, string> Slugs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fr"] = "resultat",
        ["en"] = "result",
    };

    /// <summary>The result's path for a questionnaire page in its culture.</summary>
    public static string For(PublishedContent questionnaire, string token) =>
        $"{questionnaire.Url!.TrimEnd('/')}/{Slugs.GetValueOrDefault(questionnaire.Culture, "result")}/{token}";
}
