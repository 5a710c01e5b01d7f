namespace Brand.Cms.Core.Mail;

/// <summary>
/// Settings under "Mail". Without an SMTP host every message is written as an .eml file to the pickup
/// folder (data/mail), which is what development and the tests read.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender of every message.</summary>
    public string From { get; set; } = "Croissance Connectée <ne-pas-repondre@croissance-connectee.gouv.fr>";

    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 587;
    public string SmtpUser { get; set; } = "";
    public string SmtpPassword { get; set; } = "";

    /// <summary>STARTTLS when the server offers it (Auto), always (StartTls), implicit TLS (SslOnConnect) or None.</summary>
    public string SmtpSecurity { get; set; } = "Auto";
}
