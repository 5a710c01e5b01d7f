using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

using Brand.Cms.Core.Configuration;

namespace Brand.Cms.Core.Mail;

/// <summary>
/// Sends mail through the configured SMTP server, or drops it into the pickup folder when none is set.
/// The pickup file is written under a temporary name and renamed, so a reader never sees half a message.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, DataPaths paths, TimeProvider clock, ILogger<MailSender> logger)
{
    /// <summary>
    /// Sends a message that follows a change already stored (an application, a decision): a mail server down
    /// must not undo it. A failure is logged with <paramref name="about"/> and answered false.
    /// </summary>
    public async Task<bool> TrySendAsync(MailMessage message, string about, CancellationToken ct = default)
    {
        try
        {
            await SendAsync(message, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The mail about {About} could not be sent", about);
            return false;
        }
    }

    public async Task SendAsync(MailMessage message, CancellationToken ct = default)
    {
        var mime = Build(message);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(paths.MailPickup);
            var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
            var temporary = Path.Combine(paths.MailPickup, name + ".tmp");
            await mime.WriteToAsync(temporary, ct);
            File.Move(temporary, Path.Combine(paths.MailPickup, name));
            logger.LogInformation("Mail to {To} ({Subject}) written to the pickup folder as {File}", message.To, message.Subject, name);
            return;
        }

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword, ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("Mail to {To} ({Subject}) sent through {Host}", message.To, message.Subject, settings.SmtpHost);
    }

    private MimeMessage Build(MailMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = clock.GetUtcNow() };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
