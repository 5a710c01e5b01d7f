namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// A completed self-diagnostic. Anonymous: the business is only described by its sector, size band and
/// department. The private link's token is never stored, only its SHA-256, so the database alone cannot
/// open anyone's result.
/// </summary>
public sealed class DiagnosticResult
{
    public long Id { get; set; }

    public string TokenHash { get; set; } = "";

    /// <summary>The self-diagnostic page answered (its key): the questionnaire the answers refer to.</summary>
    public Guid QuestionnaireKey { get; set; }

    /// <summary>The language the questionnaire was answered in.</summary>
    public string Culture { get; set; } = "";

    public string Sector { get; set; } = "";

    public string SizeBand { get; set; } = "";

    public string Department { get; set; } = "";

    /// <summary>The department's region (INSEE code), kept so that indicators can group by it.</summary>
    public string Region { get; set; } = "";

    public int Overall { get; set; }

    /// <summary>The answers, as JSON: question key → answer key.</summary>
    public string Answers { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public List<DimensionScore> Scores { get; set; } = [];
}

/// <summary>
/// One dimension's score in a result; its own table so that indicators are a GROUP BY. The result's region,
/// sector and size band are copied here (they never change): the indicators then read one covering index,
/// without joining 100,000 results.
/// </summary>
public sealed class DimensionScore
{
    public long ResultId { get; set; }

    public Guid DimensionKey { get; set; }

    public int Score { get; set; }

    public string Region { get; set; } = "";

    public string Sector { get; set; } = "";

    public string SizeBand { get; set; } = "";
}
