using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// What a post leaves for the template (in HttpContext.Features) to display the page again: what was typed,
/// the errors by field, and the notice. A GET starts from <see cref="Empty"/> or the notice of its query.
/// </summary>
public sealed record ActorSpaceState(
    ActorSpaceNotice Notice,
    string TypedEmail = "",
    ProfileValues? Typed = null,
    IReadOnlyList<PropertyError>? Errors = null,
    int RetryAfterMinutes = 0)
{
    public static readonly ActorSpaceState Empty = new(ActorSpaceNotice.None);

    public IReadOnlyList<PropertyError> Problems => Errors ?? [];

    public string? ErrorOf(string field, Func<string, string, string> t) =>
        Problems.FirstOrDefault(e => e.Property == field) is { } error ? ProfileMessages.For(error, t) : null;
}
