using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.Access;

/// <summary>
/// Recognises partner keys by their hash, and makes new ones. Configured keys come first; then those of
/// <paramref name="source"/> (keys created in the backoffice), which may change while the site runs.
/// </summary>
public sealed class PartnerKeys(IOptions<ApiAccessOptions> options, IPartnerKeySource? source = null)
{
    private readonly FrozenDictionary<string, string> _partnerByHash =
        options.Value.PartnerKeys.ToFrozenDictionary(k => k.Sha256, k => k.Partner, StringComparer.Ordinal);

    /// <summary>The partner a key belongs to, or null for an unknown key.</summary>
    public string? PartnerOf(string key)
    {
        var hash = Hash(key);
        return _partnerByHash.GetValueOrDefault(hash) ?? source?.PartnerOfHash(hash);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>A new key: 32 random bytes, URL-safe base64, prefixed so it is recognisable in a leaked file.</summary>
    public static string NewKey() => "cc_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
