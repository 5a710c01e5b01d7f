namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>Where a contact request stands, as the network managers follow it up.</summary>
public enum ContactRequestStatus
{
    /// <summary>Sent to the actor; nobody has looked at it yet.</summary>
    New,

    /// <summary>The actor has taken it up with the business.</summary>
    InProgress,

    /// <summary>The business was helped, or the exchange is over.</summary>
    Closed,

    /// <summary>The actor did not answer, or could not help.</summary>
    NoFollowUp,
}

/// <summary>
/// A business asking one of the suggested actors to contact it, from its result page. The contact details
/// are personal data: given with explicit consent, and erased (not just hidden) once the retention period
/// has passed; the request itself stays for the follow-up statistics.
/// </summary>
public sealed class ContactRequest
{
    public long Id { get; set; }

    public long ResultId { get; set; }

    /// <summary>The labelled actor asked (content key) and its name when the request was sent.</summary>
    public Guid ActorKey { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>The culture the request was made in: the actor's e-mail and the links are in it.</summary>
    public string Culture { get; set; } = "";

    public string? BusinessName { get; set; }

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Message { get; set; }

    /// <summary>When the mail reached the SMTP server (or the pickup folder); null until then, and retried.</summary>
    public DateTime? MailedAt { get; set; }

    /// <summary>When the person ticked the consent box (the request is refused without it).</summary>
    public DateTime ConsentedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the contact details were erased at the end of the retention period.</summary>
    public DateTime? ErasedAt { get; set; }

    public ContactRequestStatus Status { get; set; }

    /// <summary>The network managers' follow-up note (no personal data about the business should go here).</summary>
    public string? FollowUpNote { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Bumped on every change: a follow-up saved from a stale page is refused, not silently overwritten.</summary>
    public int Version { get; set; }
}

/// <summary>The longest text each field of a contact request takes; the form and the database agree on them.</summary>
public static class ContactRequestLimits
{
    public const int BusinessName = 200;
    public const int ContactName = 120;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Message = 2000;
    public const int FollowUpNote = 2000;
}
