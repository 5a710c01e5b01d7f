using System.ComponentModel.DataAnnotations;

namespace Brand.PublicApi.GraphQL;

/// <summary>The limits of /graphql (section "PublicApi:GraphQL"). Every refusal names the limit it hit.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "PublicApi:GraphQL";

    /// <summary>Deepest nesting of fields. GraphiQL's own introspection query needs 13.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The complexity budget: each field counts 1, multiplied by the `first`/`last` of the lists it sits in
    /// (20 for a list without them). Introspection counts nothing, so tools can always read the schema.
    /// 20 actors with five fields and their next three events cost about 500.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>A query running longer is stopped and answered with an error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest POST body, and the longest query text over GET.</summary>
    [Range(1024, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Parsed documents kept for reuse; partners send the same few queries over and over.</summary>
    [Range(0, 100_000)]
    public int DocumentCacheSize { get; set; } = 1000;
}
