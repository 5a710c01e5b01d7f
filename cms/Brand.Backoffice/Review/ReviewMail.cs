using Brand.Backoffice.Storage;
using Brand.Cms.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice.Review;

/// <summary>Tells the author of a request what became of it, by e-mail (their dashboard shows it too).</summary>
public sealed class ReviewMail(IDbContextFactory<BackofficeDbContext> dbFactory, MailSender mail, ILogger<ReviewMail> logger)
{
    public async Task OutcomeAsync(ReviewRequest request, string reviewUrl)
    {
        await using var db = dbFactory.CreateDbContext();
        var email = await db.Users.Where(u => u.Id == request.SubmittedById).Select(u => u.Email).FirstOrDefaultAsync();
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        var (subject, text) = request.Status == ReviewStatus.Approved
            ? ("Votre contenu est publié",
                $"{request.DecidedBy} a approuvé votre demande de relecture : la version {request.Version} est publiée ({ReviewLabels.Cultures(request.Cultures)}).")
            : ("Votre contenu vous est renvoyé",
                $"{request.DecidedBy} vous renvoie votre demande de relecture (version {request.Version}) avec ce commentaire :\n\n{request.Comment}");
        try
        {
            await mail.SendAsync(new MailMessage(email, $"Croissance Connectée – {subject}", $"Bonjour,\n\n{text}\n\nLa demande : {reviewUrl}\n"));
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException
            or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException)
        {
            // The decision is made and shown on the author's dashboard; a mail server down must not undo it.
            logger.LogWarning(ex, "Could not mail the outcome of review {Id} to {Email}", request.Id, email);
        }
    }
}
