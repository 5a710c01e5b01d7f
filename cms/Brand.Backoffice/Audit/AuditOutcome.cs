namespace Brand.Backoffice.Audit;

/// <summary>Outcomes of an audited action.</summary>
public static class AuditOutcome
{
    public const string Succeeded = "succeeded";

    /// <summary>Refused by a permission check (403).</summary>
    public const string Refused = "refused";

    /// <summary>Tried and failed: invalid values, a conflict, a wrong password.</summary>
    public const string Failed = "failed";
}
