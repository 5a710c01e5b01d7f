using System.Security.Cryptography;
using System.Text;

namespace Brand.Cms.Core;

/// <summary>
/// The random tokens of private links (a self-diagnostic result, an application to follow, a sign-in link):
/// 32 random bytes in base64url, 43 characters. Only their SHA-256 is stored, so a copy of the database
/// opens no link.
/// </summary>
public static class SecretToken
{
    public const int Length = 43;

    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether it has a token's shape: 43 characters of [A-Za-z0-9_-]. Checked before any lookup.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
