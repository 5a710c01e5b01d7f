using System.ComponentModel.DataAnnotations;

namespace Brand.PublicApi.Access;

/// <summary>
/// Who may call the public API how often (section "PublicApi:Access"). Anonymous callers are counted per IP
/// address; a partner sending its key in <see cref="ApiAccess.KeyHeader"/> is counted per key, with a higher quota.
/// Keys are stored as SHA-256 hashes only: `dotnet run --project cms/Brand.Cms -- api-key "Partner name"` prints
/// a new key once, and the configuration line holding its hash.
/// </summary>
public sealed class ApiAccessOptions
{
    public const string Section = "PublicApi:Access";

    /// <summary>Requests per minute for one IP address without a key.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPerMinute { get; set; } = 300;

    /// <summary>Requests per minute for one partner key.</summary>
    [Range(1, 10_000_000)]
    public int PartnerPerMinute { get; set; } = 6000;

    public IList<PartnerKey> PartnerKeys { get; } = [];
}

/// <summary>A partner and the SHA-256 (lower-case hex) of its key; the key itself is never stored.</summary>
public sealed class PartnerKey
{
    [Required]
    public string Partner { get; set; } = "";

    [Required, RegularExpression("^[0-9a-f]{64}$", ErrorMessage = "Sha256 must be 64 lower-case hexadecimal characters, as the api-key command prints them.")]
    public string Sha256 { get; set; } = "";
}
