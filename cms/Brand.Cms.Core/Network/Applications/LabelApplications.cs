using Brand.Cms.Core.Content;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

/// <summary>An application just stored, with the token of its private link (which exists only here and in the mail).</summary>
public sealed record SubmittedApplication(LabelApplication Application, string Token);

/// <summary>
/// The applicant's side: submitting an application, following it behind its private link, and answering a
/// request for information. An applicant reaches an application by its token only, never by its number, so
/// one applicant can never open another's.
/// </summary>
public sealed class LabelApplications(
    IDbContextFactory<BrandDbContext> contexts,
    ApplicationRules rules,
    ApplicationDocuments documents,
    NetworkLinks links,
    MailSender mail,
    IOptions<NetworkOptions> options,
    TimeProvider clock,
    ILogger<LabelApplications> logger)
{
    /// <param name="charter">The charter page the applicant was shown and accepted, recorded with its version.</param>
    /// <param name="requestBase">The request's scheme and host, used for the mailed link when no public base URL is configured.</param>
    /// <param name="renews">For a renewal asked from the actor space: the signed-in actor's entry, which a grant then updates.</param>
    public async Task<OperationResult<SubmittedApplication>> SubmitAsync(
        ApplicationForm form, string culture, PublishedContent? charter, string? requestBase, Guid? renews = null, CancellationToken ct = default)
    {
        if (rules.Problems(form) is { Count: > 0 } problems)
        {
            return OperationResult<SubmittedApplication>.Invalid(problems);
        }

        if (!documents.TryClaim(form.Documents))
        {
            return OperationResult<SubmittedApplication>.Conflict("This application was sent already (its documents were taken by an earlier post).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = SecretToken.New();
        var application = new LabelApplication
        {
            TokenHash = SecretToken.Hash(token),
            Culture = culture,
            Kind = form.Kind,
            Organisation = OneLine(form.Organisation),
            Siret = Siret.Normalize(form.Siret)!,
            ContactName = OneLine(form.ContactName),
            Email = form.Email.Trim(),
            Phone = Optional(form.Phone),
            Website = Optional(form.Website),
            Address = Optional(form.Address),
            Postcode = form.Postcode.Trim(),
            City = OneLine(form.City),
            Description = form.Description.Trim(),
            Specialties = string.Join(',', form.Specialties.Distinct()),
            Departments = string.Join(',', form.Departments.Select(d => rules.DepartmentCode(d)!).Distinct()),
            AcceptsRemote = form.AcceptsRemote,
            References = form.References.Trim(),
            CharterAcceptedAt = now,
            CharterKey = charter?.Key,
            CharterPublishedAt = charter?.PublishDate,
            ActorKey = renews,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
            UpdatedAt = now,
            UpdatedBy = ApplicationEvent.ApplicantActor,
        };
        application.Events.Add(new ApplicationEvent { At = now, By = ApplicationEvent.ApplicantActor, To = ApplicationStatus.Submitted, SharedWithApplicant = true });
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.LabelApplications.Add(application);
            await db.SaveChangesAsync(ct);
            if (form.Documents.Count > 0)
            {
                db.ApplicationDocuments.AddRange(form.Documents.Select(d => documents.Attach(application.Id, d)));
                await db.SaveChangesAsync(ct);
            }
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex) && application.Id == 0)
        {
            // Nothing stored: the files go back to staging, so the same form can be sent again in a moment.
            documents.Release(form.Documents);
            return OperationResult<SubmittedApplication>.Unavailable();
        }

        await SendAsync(NetworkMail.Acknowledgement(application, FollowUrl(application, token, requestBase)), application, ct);
        return OperationResult<SubmittedApplication>.Ok(new SubmittedApplication(application, token));
    }

    /// <summary>The application behind a private link, with its history and documents; null for an unknown or malformed token.</summary>
    public async Task<LabelApplication?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (!SecretToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.LabelApplications
            .Include(a => a.Events.OrderBy(e => e.Id))
            .Include(a => a.Documents.OrderBy(d => d.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.TokenHash == hash, ct);
    }

    /// <summary>
    /// The applicant's answer to a request for information: a message and/or more documents. The application
    /// goes back under review. Refused unless information was requested.
    /// </summary>
    public async Task<OperationResult<LabelApplication>> ReplyAsync(string token, string? message, IReadOnlyList<StagedDocument> attached, CancellationToken ct = default)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (message is null && attached.Count == 0)
        {
            return OperationResult<LabelApplication>.Invalid([new PropertyError("message", null, "required", "write an answer or attach a document")]);
        }

        if (message is { Length: > ApplicationLimits.Message })
        {
            return OperationResult<LabelApplication>.Invalid([new PropertyError("message", null, "maxLength", $"must be at most {ApplicationLimits.Message} characters")]);
        }

        if (!SecretToken.IsWellFormed(token))
        {
            return OperationResult<LabelApplication>.NotFound("No such application.");
        }

        var hash = SecretToken.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var application = await db.LabelApplications.AsTracking().Include(a => a.Documents).FirstOrDefaultAsync(a => a.TokenHash == hash, ct);
        if (application is null)
        {
            return OperationResult<LabelApplication>.NotFound("No such application.");
        }

        if (application.Status != ApplicationStatus.InformationRequested)
        {
            return OperationResult<LabelApplication>.NotAllowed("Nothing was asked: the application is not waiting for information.");
        }

        if (application.Documents.Count + attached.Count > ApplicationLimits.MaxDocuments * 2)
        {
            return OperationResult<LabelApplication>.Invalid([new PropertyError(ApplicationDocuments.Field, null, "count", "too many documents for one application")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            ApplicationId = application.Id,
            At = now,
            By = ApplicationEvent.ApplicantActor,
            From = application.Status,
            To = ApplicationStatus.UnderReview,
            Message = message,
            SharedWithApplicant = true,
        });
        application.Status = ApplicationStatus.UnderReview;
        application.UpdatedAt = now;
        application.UpdatedBy = ApplicationEvent.ApplicantActor;
        application.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing was moved yet: the staged files stay, and the page shows the answer again.
            return OperationResult<LabelApplication>.Conflict("The application changed at the same moment; nothing was sent.");
        }

        // The answer is recorded; its files follow, listed with the application's documents.
        if (attached.Count > 0 && documents.TryClaim(attached))
        {
            db.ApplicationDocuments.AddRange(attached.Select(d => documents.Attach(application.Id, d)));
            await db.SaveChangesAsync(ct);
        }

        return OperationResult<LabelApplication>.Ok(application);
    }

    /// <summary>
    /// Deletes, with their files, the applications closed longer than <see cref="NetworkOptions.ApplicationRetention"/>
    /// ago: refused ones from their decision, abandoned ones (information asked, never given) from the request.
    /// Granted applications stay: they are the record of the label. Returns how many went.
    /// </summary>
    public async Task<int> EraseClosedAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.ApplicationRetention;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closed = await db.LabelApplications
            .Where(a => (a.Status == ApplicationStatus.Refused && a.DecidedAt < cutoff)
                || (a.Status == ApplicationStatus.InformationRequested && a.UpdatedAt < cutoff))
            .Select(a => a.Id).Take(500).ToListAsync(ct);
        if (closed.Count == 0)
        {
            return 0;
        }

        // Rows first: a file left behind by a crash in between is unreachable, a row without its file would show a broken link.
        await db.LabelApplications.Where(a => closed.Contains(a.Id)).ExecuteDeleteAsync(ct);
        foreach (var id in closed)
        {
            documents.DeleteAll(id);
        }

        logger.LogInformation("Deleted {Count} application(s) closed more than {Retention} ago", closed.Count, options.Value.ApplicationRetention);
        return closed.Count;
    }

    internal string FollowUrl(LabelApplication application, string token, string? requestBase) =>
        links.FollowPath(application.Culture, token) is { } path ? links.Absolute(path, requestBase) : "";

    /// <summary>Mails the applicant. The application is stored whatever happens: a mail server down must not lose it.</summary>
    internal Task SendAsync(MailMessage message, LabelApplication application, CancellationToken ct) =>
        mail.TrySendAsync(message, $"application {application.Id}", ct);

    private static string OneLine(string value) => new(value.Trim().Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : OneLine(value);
}
