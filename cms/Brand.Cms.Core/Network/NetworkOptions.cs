namespace Brand.Cms.Core.Network;

/// <summary>Settings under "Network": how long a label lasts, when actors are reminded, and the limits of the forms.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>The host of e-mailed links when neither the setting nor a request gives one (a background job in development).</summary>
    public const string FallbackBaseUrl = "http://localhost:5000";

    /// <summary>The start of the links in the network's e-mails (https://www.croissance-connectee.gouv.fr). Set it in production.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a label is valid from the day it is granted (or renewed).</summary>
    public int LabelValidityMonths { get; set; } = 24;

    /// <summary>How many days before its label expires an actor is reminded to renew.</summary>
    public int RenewalReminderDays { get; set; } = 30;

    /// <summary>How long a refused or abandoned application (and its PDFs) is kept after it closed; the join page's privacy notice says one year.</summary>
    public TimeSpan ApplicationRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often expiring labels are looked for.</summary>
    public TimeSpan ReminderSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an e-mailed sign-in link works.</summary>
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an actor stays signed in to their space.</summary>
    public TimeSpan ActorSessionLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Largest PDF an applicant may attach.</summary>
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Applications, and sign-in link requests, a visitor (one IP address) may send per hour.</summary>
    public int ApplicationsPerHour { get; set; } = 5;

    public int SignInLinksPerHour { get; set; } = 10;

    public string? Problem() =>
        PublicBaseUrl is { } url && !(url.IsAbsoluteUri && url.Scheme is "https" or "http") ? "Network:PublicBaseUrl must be an absolute http(s) URL."
        : LabelValidityMonths is < 1 or > 120 ? "Network:LabelValidityMonths must be between 1 and 120."
        : RenewalReminderDays < 1 || RenewalReminderDays >= LabelValidityMonths * 28 ? "Network:RenewalReminderDays must be at least 1 and shorter than the validity."
        : ApplicationRetention < TimeSpan.FromDays(30) ? "Network:ApplicationRetention must be at least 30 days: applicants are told how long their data is kept."
        : ReminderSweepInterval <= TimeSpan.Zero ? "Network:ReminderSweepInterval must be positive."
        : SignInLinkLifetime < TimeSpan.FromMinutes(1) || SignInLinkLifetime > TimeSpan.FromDays(1) ? "Network:SignInLinkLifetime must be between one minute and one day."
        : ActorSessionLifetime < TimeSpan.FromMinutes(5) ? "Network:ActorSessionLifetime must be at least five minutes."
        : MaxDocumentBytes is < 1024 or > 100 * 1024 * 1024 ? "Network:MaxDocumentBytes must be between 1 KiB and 100 MiB."
        : ApplicationsPerHour < 1 ? "Network:ApplicationsPerHour must be at least 1."
        : SignInLinksPerHour < 1 ? "Network:SignInLinksPerHour must be at least 1."
        : null;
}
