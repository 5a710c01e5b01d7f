using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.Network;
using Brand.SiteTheme.Rendering;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

// In the Pages namespace rather than Pages.Network: a namespace named like Brand.SiteTheme.Network under
// Pages would make "Network.X" ambiguous in every view of the theme.
namespace Brand.SiteTheme.Pages;

/// <summary>
/// An application behind its private link ("/fr/rejoindre-le-reseau/suivi/{token}"): where it stands, its
/// history as shared with the applicant, and the reply form when information was asked. The route outranks
/// the content catch-all only for URLs of that shape; the handler checks that the first segments are the
/// culture's published join page. The token is the only key, so the page is never cached, indexed, or sent
/// as a referrer. A manager's mail carries a new link: the old one then leads to an explanation, not the application.
/// </summary>
[ApplicationUploadLimits]
public sealed class FollowPage(LabelApplications applications, ApplicationDocuments documents, NetworkLinks links, VisitorQuota quota, IOptions<NetworkOptions> options)
    : PageModel
{
    /// <summary>Added to the page's URL after a reply was sent, so that a reload does not post it again.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Value)> SentParameter = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["fr"] = ("reponse", "envoyee"),
        ["en"] = ("reply", "sent"),
    };

    /// <summary>Null when the link is unknown or replaced: the page then explains why.</summary>
    public LabelApplication? Application { get; private set; }

    public PublishedContent JoinPage { get; private set; } = null!;

    public string Path { get; private set; } = "";

    public ReplyForm Reply { get; private set; } = ReplyForm.Empty;

    public bool Sent { get; private set; }

    /// <summary>Once granted: the directory entry and the brand kit, when published.</summary>
    public PublishedContent? Profile { get; private set; }

    public PublishedContent? BrandKit { get; private set; }

    public long MaxDocumentBytes => options.Value.MaxDocumentBytes;

    public async Task<IActionResult> OnGetAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        KeepPrivate();
        if (!await LoadAsync(culture, slug, kind, token, ct))
        {
            return Application is null && Path.Length > 0 ? Missing() : NotFound();
        }

        var (name, value) = SentParameter[culture];
        Sent = Request.Query[name] == value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        KeepPrivate();
        if (!await LoadAsync(culture, slug, kind, token, ct))
        {
            return Application is null && Path.Length > 0 ? Missing() : NotFound();
        }

        if (Application!.Status != ApplicationStatus.InformationRequested)
        {
            // Nothing is awaited any more (answered from another tab, or decided): the page says where it stands.
            return SeeOther(Path);
        }

        var form = await Request.ReadFormAsync(ct);
        var message = form[JoinFields.Message].FirstOrDefault() ?? "";
        var uploads = await StagedUploads.ReadAsync(HttpContext, form, documents, quota, options.Value, culture, ct);
        var text = new JoinText(culture);
        if (Honeypot.IsFilled(form))
        {
            return Redisplay(StatusCodes.Status400BadRequest, new ReplyForm(message, uploads.Kept, [], new JoinNotice(text.ReplyNotSent, text.Honeypot, IsError: true)));
        }

        var errors = ReplyForm.Problems(message, uploads, culture);
        if (errors.Count > 0)
        {
            return Redisplay(StatusCodes.Status400BadRequest, new ReplyForm(message, uploads.Kept, errors));
        }

        if (!quota.TryTake(HttpContext, VisitorAction.SubmitApplication, out var retryAfter))
        {
            return Redisplay(StatusCodes.Status429TooManyRequests, new ReplyForm(message, uploads.Kept, [], new JoinNotice(text.ReplyNotSent, text.Quota(retryAfter), IsError: false)));
        }

        var replied = await applications.ReplyAsync(token, message, uploads.Kept, ct);
        switch (replied.Status)
        {
            case OperationStatus.Success:
                var (name, value) = SentParameter[culture];
                return SeeOther($"{Path}?{name}={value}");
            case OperationStatus.ValidationFailed:
                var problems = replied.Errors.Select(e => new JoinError(e.Property, JoinMessages.For(e.Property, e.Code, culture))).ToList();
                return Redisplay(StatusCodes.Status400BadRequest, new ReplyForm(message, uploads.Kept, problems));
            case OperationStatus.Conflict:
                await LoadAsync(culture, slug, kind, token, ct);
                return Redisplay(StatusCodes.Status409Conflict, new ReplyForm(message, uploads.Kept, [], new JoinNotice(text.ReplyNotSent, text.ReplyChanged, IsError: true)));
            default:
                return SeeOther(Path);
        }
    }

    private PageResult Redisplay(int status, ReplyForm reply)
    {
        Reply = reply;
        Response.StatusCode = status;
        return Page();
    }

    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The join page's own address, with a 404 page explaining that a newer e-mail may hold a newer link.</summary>
    private PageResult Missing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private void KeepPrivate() => PrivateAnswer.Apply(HttpContext);

    /// <summary>
    /// True with <see cref="Application"/> set when the URL is the culture's published join page, the culture's
    /// word for "follow" and a known token; false with <see cref="Path"/> set when only the token is unknown.
    /// </summary>
    private async Task<bool> LoadAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        var theme = ThemeContext.For(HttpContext);
        if (NetworkLinks.FollowSegment(culture) != kind || theme.Snapshot is not { } snapshot
            || snapshot.GetByRoute($"/{culture}/{slug}") is not { ContentType: NetworkLinks.ApplicationPageType } page || page.Culture != culture)
        {
            return false;
        }

        JoinPage = page;
        Path = FollowLinks.For(page, token);
        theme.Meta.ForceNoIndex = true;
        Application = await applications.FindAsync(token, ct);
        // The language switch leads to the same application read under the other culture's join page.
        theme.Virtual = new VirtualPage(
            Application is null ? theme.T("Lien de suivi introuvable", "Follow-up link not found") : theme.T("Suivi de votre demande", "Your application"),
            Application is null
                ? new Dictionary<string, string>()
                : theme.Cultures.Codes.Select(page.InCulture).OfType<PublishedContent>().Where(p => p.Url is not null)
                    .ToDictionary(p => p.Culture, p => FollowLinks.For(p, token)),
            Parent: page);
        if (Application is { Status: ApplicationStatus.Granted, ActorKey: { } actor })
        {
            Profile = links.Profile(actor, culture) is { Url: not null } profile ? profile : null;
            BrandKit = links.BrandKit(culture);
        }

        return Application is not null;
    }
}
