using System.Globalization;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.PublishedCache;
using Brand.SiteTheme.ActorSpace;
using Brand.SiteTheme.Rendering;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Brand.SiteTheme.Network;

/// <summary>
/// The join page's application form (a multipart post to the page itself, without JavaScript). Files are
/// staged as soon as they arrive; a post with problems shows the form again with everything typed and the
/// staged files listed; a valid one takes the visitor's quota, stores the application (which mails the
/// acknowledgement) and sends the applicant to its private follow page.
/// </summary>
public sealed class JoinForm(
    LabelApplications applications, ApplicationRules rules, ApplicationDocuments documents, VisitorQuota quota, IOptions<NetworkOptions> options)
    : IContentFormHandler
{
    public async Task<ContentFormOutcome> PostAsync(HttpContext http, PublishedContent item, CancellationToken ct)
    {
        var settings = options.Value;
        var culture = item.Culture;
        var text = new JoinText(culture);
        StagedUploads.AllowBody(http, settings);
        IFormCollection form;
        try
        {
            form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            // Over the size limit: nothing can be read back, so the form comes back empty, with the reason.
            http.Features.Set(new JoinState(item.Key, new ApplicationForm(), [], new JoinNotice(text.NotSent, text.TooLarge(settings.MaxDocumentBytes), IsError: true),
                renews: http.Request.Query[JoinFields.Renew(culture)] == "1"));
            return ContentFormOutcome.Render(StatusCodes.Status413PayloadTooLarge);
        }

        var posted = JoinPost.Read(form, culture);
        var uploads = await StagedUploads.ReadAsync(http, form, documents, quota, settings, culture, ct);
        var values = posted.Form with { Documents = uploads.Kept };
        ContentFormOutcome Show(int status, IReadOnlyList<JoinError> errors, JoinNotice? notice = null)
        {
            http.Features.Set(new JoinState(item.Key, values, errors, notice, posted.Renews));
            return ContentFormOutcome.Render(status);
        }

        if (posted.IsTrapped)
        {
            // Said plainly without naming the trap; a person whose browser filled it keeps everything typed.
            return Show(StatusCodes.Status400BadRequest, [], new JoinNotice(text.NotSent, text.Honeypot, IsError: true));
        }

        var errors = JoinState.ErrorsOf(uploads.Errors, rules.Problems(values), values, culture);
        if (errors.Count > 0)
        {
            return Show(StatusCodes.Status400BadRequest, errors);
        }

        // A renewal updates the entry of the actor signed in to the actor space, and no other: the session says which.
        var renews = posted.Renews ? await ActorSession.CurrentAsync(http) : null;
        if (posted.Renews && renews is null)
        {
            return Show(StatusCodes.Status403Forbidden, [], new JoinNotice(text.NotSent, text.SignInToRenew, IsError: true));
        }

        // Taken only for a complete application: someone correcting a typo is not counted twice.
        if (!quota.TryTake(http, VisitorAction.SubmitApplication, out var retryAfter))
        {
            return Show(StatusCodes.Status429TooManyRequests, [], new JoinNotice(text.NotSent, text.Quota(retryAfter), IsError: false));
        }

        var theme = ThemeContext.For(http);
        var charter = item.Value<Guid?>("charterPage") is { } key ? theme.ByKey(key) : null;
        var submitted = await applications.SubmitAsync(values, culture, charter, theme.BaseUrl, renews?.ActorKey, ct);
        if (submitted.Status == Brand.Cms.Core.Content.OperationStatus.Conflict)
        {
            // A second click on "send" while the first was on its way: the first one made the application.
            return Show(StatusCodes.Status409Conflict, [], new JoinNotice(text.NotSent, text.AlreadySent, IsError: false));
        }

        if (submitted.Status == Brand.Cms.Core.Content.OperationStatus.Unavailable)
        {
            // The database is out of reach: the page (from the published cache) comes back with everything typed.
            return Show(StatusCodes.Status503ServiceUnavailable, [], new JoinNotice(text.NotSent, text.Unavailable, IsError: true));
        }

        if (!submitted.Succeeded)
        {
            // Checked above with the same rules; kept for a document type republished between the two.
            return Show(StatusCodes.Status400BadRequest, JoinState.ErrorsOf([], submitted.Errors, values, culture));
        }

        return ContentFormOutcome.Redirect(FollowLinks.For(item, submitted.Value!.Token));
    }
}

/// <summary>Where an application is followed: under the join page, "/fr/rejoindre-le-reseau/suivi/{token}".</summary>
public static class FollowLinks
{
    public static string For(PublishedContent joinPage, string token) =>
        $"{joinPage.Url!.TrimEnd('/')}/{NetworkLinks.FollowSegment(joinPage.Culture)}/{token}";
}

/// <summary>The join and reply forms' notices, where both the handlers and the templates need them.</summary>
public sealed class JoinText(string culture)
{
    private string T(string fr, string en) => culture == "fr" ? fr : en;

    public string NotSent => T("Votre demande n’a pas été envoyée", "Your application was not sent");

    public string AlreadySent => T(
        "Cette demande a déjà été envoyée : l’accusé de réception, avec le lien pour la suivre, arrive dans votre messagerie.",
        "This application was already sent: the acknowledgement, with the link to follow it, is on its way to your mailbox.");

    public string ReplyChanged => T(
        "Votre demande a changé pendant que vous écriviez (l’équipe du réseau vient d’y répondre) : votre réponse n’a pas été envoyée. Elle est conservée ci-dessous ; relisez la page puis renvoyez-la si elle est toujours utile.",
        "Your application changed while you were writing (the network team has just acted on it): your answer was not sent. It is kept below; read the page again, then send it if it is still needed.");

    public string SignInToRenew => T(
        "Pour renouveler un label, connectez-vous d’abord à l’espace acteur avec le lien reçu par courriel (votre session a peut-être expiré), puis renvoyez ce formulaire : ce que vous avez saisi est conservé.",
        "To renew a label, first sign in to the actor space with the link sent by e-mail (your session may have expired), then send this form again: what you typed is kept.");

    public string Unavailable => T(
        Brand.Cms.Core.Content.DatabaseUnavailable.Message + " Ce que vous avez saisi et vos documents sont conservés ci-dessous : renvoyez le formulaire dans un instant.",
        Brand.Cms.Core.Content.DatabaseUnavailable.MessageEn + " What you typed and your documents are kept below: send the form again in a moment.");

    public string ReplyNotSent => T("Votre réponse n’a pas été envoyée", "Your answer was not sent");

    public string Honeypot => T(
        "Votre envoi n’a pas pu être accepté. Ce que vous avez saisi est conservé : vérifiez-le, puis renvoyez le formulaire.",
        "Your form could not be accepted. What you typed is kept: check it, then send the form again.");

    public string Quota(TimeSpan retryAfter)
    {
        var minutes = VisitorQuota.Minutes(retryAfter).ToString(CultureInfo.InvariantCulture);
        return T(
            $"Trop de demandes ont été envoyées depuis votre connexion en peu de temps. Réessayez dans {minutes} minutes : ce que vous avez saisi est conservé sur cette page.",
            $"Too many applications have been sent from your connection in a short time. Try again in {minutes} minutes: what you typed is kept on this page.");
    }

    public string TooLarge(long maxBytes)
    {
        var mb = (maxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        return T(
            $"L’envoi dépasse la taille acceptée : chaque document doit faire au plus {mb} Mo, et {ApplicationLimits.MaxDocuments} documents au plus. Remplissez de nouveau le formulaire avec des fichiers plus légers.",
            $"The upload is too large: each document must be at most {mb} MB, and {ApplicationLimits.MaxDocuments} documents at most. Fill in the form again with smaller files.");
    }

    /// <summary>A file's size as people read it: "245 ko", "1,2 Mo" ("245 KB", "1.2 MB").</summary>
    public static string FileSize(long bytes, string culture)
    {
        var format = CultureInfo.GetCultureInfo(culture == "fr" ? "fr-FR" : "en-GB");
        var french = culture == "fr";
        return bytes < 1024 * 1024
            ? $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024d)).ToString(format)} {(french ? "ko" : "KB")}"
            : $"{(bytes / (1024d * 1024d)).ToString("0.#", format)} {(french ? "Mo" : "MB")}";
    }

    /// <summary>The one line under each kind of the form, saying who it is for.</summary>
    public static string KindExplanation(string kind, string culture) => (kind, culture == "fr") switch
    {
        (ActorKinds.Volunteer, true) => "Vous conseillez gratuitement des dirigeants, à titre personnel ou au sein d'une association.",
        (ActorKinds.Volunteer, false) => "You advise business owners free of charge, on your own or within an association.",
        (ActorKinds.Labelled, true) => "Vous êtes un professionnel et proposez des prestations d'accompagnement payantes : des pièces justificatives sont demandées.",
        (ActorKinds.Labelled, false) => "You are a professional offering paid support services: supporting documents are required.",
        (ActorKinds.Partner, true) => "Chambre consulaire, fédération, collectivité, association ou école qui relaie la démarche auprès des entreprises.",
        _ => "A chamber of commerce or trades, federation, local authority, association or school that passes the word on to businesses.",
    };

    /// <summary>The DSFR badge of a status: blue while waiting, orange when the applicant has something to do.</summary>
    public static string BadgeClass(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Granted => "fr-badge--success",
        ApplicationStatus.Refused => "fr-badge--error",
        ApplicationStatus.InformationRequested => "fr-badge--warning",
        ApplicationStatus.UnderReview => "fr-badge--new",
        _ => "fr-badge--info",
    };
}
