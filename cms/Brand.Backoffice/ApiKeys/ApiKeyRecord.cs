namespace Brand.Backoffice.ApiKeys;

/// <summary>
/// A partner API key made in the backoffice. Only its SHA-256 hash is stored; the key itself is shown
/// once, on creation. A revoked key stays listed (who revoked it, when) and is refused at once.
/// </summary>
public sealed class ApiKeyRecord
{
    public int Id { get; set; }
    public string Label { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key (<see cref="Brand.PublicApi.Access.PartnerKeys.Hash"/>).</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The first characters of the key ("cc_AbC1…"), so people can tell their keys apart.</summary>
    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
