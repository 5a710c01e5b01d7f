using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.Network;

/// <summary>A message for the whole form (a refused post), shown above it.</summary>
public sealed record JoinNotice(string Title, string Message, bool IsError);

/// <summary>
/// The join form as the template shows it: what was typed (staged documents included) and what to fix.
/// The handler of a post leaves it in the request's features; a GET shows an empty form.
/// </summary>
public sealed class JoinState(Guid pageKey, ApplicationForm form, IReadOnlyList<JoinError> errors, JoinNotice? notice = null, bool renews = false)
{
    /// <summary>Whether the form renews the signed-in actor's label (see <see cref="JoinFields.Renew"/>).</summary>
    public bool Renews { get; } = renews;

    public Guid PageKey { get; } = pageKey;

    public ApplicationForm Form { get; } = form;

    /// <summary>At most one per field, in the order of the form.</summary>
    public IReadOnlyList<JoinError> Errors { get; } = errors;

    public JoinNotice? Notice { get; } = notice;

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public static JoinState Of(HttpContext http, PublishedContent page) =>
        http.Features.Get<JoinState>() is { } posted && posted.PageKey == page.Key
            ? posted
            : new JoinState(page.Key, new ApplicationForm(), [], renews: http.Request.Query[JoinFields.Renew(page.Culture)] == "1");

    /// <summary>
    /// The problems to show: the files refused while staging first, then the engine's (its "documents
    /// required" only when no file was refused, which would say the same twice); one per field, in form order.
    /// </summary>
    public static IReadOnlyList<JoinError> ErrorsOf(IEnumerable<JoinError> uploads, IEnumerable<PropertyError> problems, ApplicationForm form, string culture) =>
        uploads
            .Concat(problems.Select(p => new JoinError(p.Property, JoinMessages.For(p.Property, p.Code, culture, siret: form.Siret))))
            .GroupBy(e => e.Field)
            .Select(g => g.First())
            .OrderBy(e => JoinFields.Rank(e.Field))
            .ToList();
}
