using Brand.Cms.Core.Cultures;
using Brand.PublicApi.GraphQL.Loading;
using Brand.PublicApi.GraphQL.Relay;
using Brand.PublicApi.Media;
using GraphQL;

namespace Brand.PublicApi.GraphQL.Execution;

/// <summary>
/// What one GraphQL request reads from: a single snapshot (so every field sees the same published state),
/// its loader, and the day "upcoming" is measured from. Passed to resolvers as the user context.
/// </summary>
public sealed class ApiRequestContext(ContentLoader loader, CultureSet cultures, DateOnly today, ApiMedia media) : Dictionary<string, object?>
{
    /// <summary>The media library, for picked files' URLs and alternative texts.</summary>
    public ApiMedia Media { get; } = media;

    public ContentLoader Loader { get; } = loader;

    public CultureSet Cultures { get; } = cultures;

    public DateOnly Today { get; } = today;

    /// <summary>What the complexity analysis measured, for `extensions.cost`.</summary>
    public double Complexity { get; set; }

    public int Depth { get; set; }
}

public static class ResolveFieldContextExtensions
{
    public static ApiRequestContext Api(this IResolveFieldContext context) => (ApiRequestContext)context.UserContext;

    /// <summary>The `culture` argument, checked against the configured cultures.</summary>
    public static string Culture(this IResolveFieldContext context)
    {
        var api = context.Api();
        var culture = context.GetArgument<string?>("culture") ?? api.Cultures.Default.Code;
        return api.Cultures.Contains(culture)
            ? culture
            : throw new ArgumentError($"{context.FieldDefinition.Name}: `culture` must be one of {string.Join(", ", api.Cultures.Codes)}, not \"{culture}\".");
    }
}
