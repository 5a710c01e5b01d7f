namespace Brand.Backoffice.Audit;

/// <summary>
/// One backoffice action: who, what, on what, when, and the state before and after (JSON or text).
/// Written for every action, refusals and failed sign-ins included; never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The user's id, or empty for an anonymous request (a failed sign-in).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The user as shown: "Name &lt;email&gt;", or the e-mail typed at a failed sign-in.</summary>
    public string Actor { get; set; } = "";

    /// <summary>A dotted verb from <see cref="AuditActions"/>, e.g. "content.publish".</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to: "content:123", "media:…", "user:…", "apikey:…".</summary>
    public string Target { get; set; } = "";

    /// <summary>succeeded, refused (permission), failed (validation, conflict).</summary>
    public string Outcome { get; set; } = "";

    public string? Detail { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? IpAddress { get; set; }
}
