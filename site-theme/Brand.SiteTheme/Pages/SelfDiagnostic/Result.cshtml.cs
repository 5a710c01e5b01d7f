using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.Rendering;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

// In the Pages namespace rather than Pages.SelfDiagnostic: a namespace named like Brand.SiteTheme.SelfDiagnostic
// under Pages would make "SelfDiagnostic.X" ambiguous in every view of the theme.
namespace Brand.SiteTheme.Pages;

/// <summary>What the contact section says above the form after a post.</summary>
public enum ResultNotice
{
    None,
    Sent,
    TooMany,
    Refused,

    /// <summary>The request was already sent to that actor from this result.</summary>
    AlreadyAsked,

    /// <summary>The honeypot was filled: nothing sent, what was typed kept.</summary>
    Rejected,
}

/// <summary>
/// A self-diagnostic result behind its private link ("/fr/autodiagnostic/resultat/{token}"): the score, the
/// personalised plan and the "be put in touch" form. The route outranks the content catch-all only for URLs
/// of that shape; the handler then checks that the first segments are the culture's published questionnaire.
/// The token is the only key, so the page is never cached, indexed, or sent as a referrer.
/// </summary>
public sealed class ResultPage(
    DiagnosticResults results,
    ActionPlanner planner,
    ContactRequests requests,
    BusinessProfiles profiles,
    VisitorQuota quota,
    IOptions<SelfDiagnosticOptions> options) : PageModel
{
    /// <summary>Added to the result's URL after a request was sent, so that a reload does not post it again.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Value)> SentParameter = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["fr"] = ("demande", "envoyee"),
        ["en"] = ("request", "sent"),
    };

    public const string ContactSection = "mise-en-relation";

    public ResultView View { get; private set; } = null!;

    public ContactForm Form { get; private set; } = ContactForm.Empty;

    public IReadOnlyList<PropertyError> Errors { get; private set; } = [];

    public ResultNotice Notice { get; private set; }

    /// <summary>With <see cref="ResultNotice.TooMany"/>: in how many minutes the visitor may send again.</summary>
    public int RetryAfterMinutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        KeepPrivate();
        if (await LoadAsync(culture, slug, kind, token, ct) is not { } view)
        {
            return MovedQuestionnaire(culture, slug, kind, token) is { } moved ? RedirectPermanent(moved) : NotFound();
        }

        View = view;
        var (name, value) = SentParameter[view.Culture];
        Notice = Request.Query[name] == value ? ResultNotice.Sent : ResultNotice.None;
        var preselected = Request.Query[ContactForm.PreselectParameter].FirstOrDefault();
        if (Guid.TryParse(preselected, out var key) && view.Askable.Any(a => a.Key == key))
        {
            Form = ContactForm.Empty with { Actor = key.ToString("N") };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        KeepPrivate();
        if (await LoadAsync(culture, slug, kind, token, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Form = ContactForm.Read(Request.Form);
        if (Form.IsTrapped)
        {
            // Nothing is sent, but a person whose browser filled the hidden field keeps what they typed.
            Notice = ResultNotice.Rejected;
            return Redisplay(StatusCodes.Status400BadRequest, []);
        }

        // Only the actors the page offers: the form cannot be used to write to any actor of the directory.
        var actor = Form.ActorKey is { } key ? view.Askable.FirstOrDefault(a => a.Key == key) : null;
        var errors = new List<PropertyError>();
        if (actor is null)
        {
            errors.Add(new PropertyError(ContactForm.ActorField, null, Form.Actor is null ? "required" : "unknown", "choose one of the actors offered"));
        }

        errors.AddRange(Form.Details.Problems());
        if (errors.Count > 0)
        {
            return Redisplay(StatusCodes.Status422UnprocessableEntity, errors);
        }

        // Taken only for a valid request: someone correcting a typo is not counted twice.
        if (!quota.TryTake(HttpContext, VisitorAction.SendContactRequest, out var retryAfter))
        {
            RetryAfterMinutes = VisitorQuota.Minutes(retryAfter);
            Notice = ResultNotice.TooMany;
            return Redisplay(StatusCodes.Status429TooManyRequests, []);
        }

        var sent = await requests.SendAsync(view.Questionnaire, view.Result, actor!, Form.Details, ct);
        switch (sent.Status)
        {
            case OperationStatus.Success:
                var (name, value) = SentParameter[view.Culture];
                Response.Headers.Location = $"{view.Path}?{name}={value}#{ContactSection}";
                return StatusCode(StatusCodes.Status303SeeOther);
            case OperationStatus.ValidationFailed:
                return Redisplay(StatusCodes.Status422UnprocessableEntity, sent.Errors);
            case OperationStatus.Conflict:
                Notice = ResultNotice.AlreadyAsked;
                return Redisplay(StatusCodes.Status409Conflict, []);
            default:
                Notice = ResultNotice.Refused;
                return Redisplay(StatusCodes.Status403Forbidden, []);
        }
    }

    private PageResult Redisplay(int status, IReadOnlyList<PropertyError> errors)
    {
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }

    private void KeepPrivate() => PrivateAnswer.Apply(HttpContext);

    /// <summary>
    /// The private links given out stay valid when the mission team renames or moves the questionnaire page:
    /// its old URL is a recorded redirect, and the result moves with it (the token is checked at the new URL).
    /// </summary>
    private string? MovedQuestionnaire(string culture, string slug, string kind, string token) =>
        ThemeContext.For(HttpContext).Snapshot is { } snapshot && ResultLinks.Slugs.GetValueOrDefault(culture) == kind
            && snapshot.RedirectFor($"/{culture}/{slug}") is { } target
            && snapshot.GetByRoute(target) is { ContentType: Questionnaire.PageType } page && page.Culture == culture
            ? ResultLinks.For(page, token)
            : null;

    /// <summary>The result, when the URL is the culture's published questionnaire, the culture's word for "result", and a known token.</summary>
    private async Task<ResultView?> LoadAsync(string culture, string slug, string kind, string token, CancellationToken ct)
    {
        var theme = ThemeContext.For(HttpContext);
        if (!ResultLinks.Slugs.TryGetValue(culture, out var expected) || expected != kind || theme.Snapshot is not { } snapshot
            || snapshot.GetByRoute($"/{culture}/{slug}") is not { ContentType: Questionnaire.PageType } page || page.Culture != culture)
        {
            return null;
        }

        var result = await results.FindAsync(token, ct);
        if (result is null || result.QuestionnaireKey != page.Key)
        {
            return null;
        }

        var questionnaire = Questionnaire.Read(page);
        var plan = planner.For(questionnaire, result, snapshot);
        var view = new ResultView(
            questionnaire,
            result,
            ResultLinks.For(page, token),
            plan,
            Profile(result, culture),
            ResultView.AskableIn(plan, result, culture),
            await requests.ForResultAsync(result.Id, ct),
            Picked(snapshot, page, "directory", culture),
            Picked(snapshot, page, "privacyPage", culture),
            (int)Math.Round(options.Value.ContactRetention.TotalDays));

        theme.Meta.ForceNoIndex = true;
        // The language switch leads to the same result read in the other culture's questionnaire.
        theme.Virtual = new VirtualPage(
            theme.T("Votre résultat", "Your result"),
            ResultLinks.Slugs.Keys
                .Select(c => page.InCulture(c))
                .Where(p => p?.Url is not null)
                .ToDictionary(p => p!.Culture, p => ResultLinks.For(p!, token)),
            Parent: page);
        return view;
    }

    private ResultProfile Profile(DiagnosticResult result, string culture) => new(
        profiles.SectorLabel(result.Sector, culture),
        profiles.SizeBandLabel(result.SizeBand, culture),
        profiles.Department(result.Department) is { } department ? $"{department.Name} ({department.Code})" : result.Department,
        profiles.RegionName(result.Region));

    private static PublishedContent? Picked(PublishedSnapshot snapshot, PublishedContent page, string alias, string culture) =>
        page.Value<Guid?>(alias) is { } key && snapshot.GetByKey(key, culture) is { Url: not null } picked ? picked : null;
}
