using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Preview;

/// <summary>What a preview link names: one version of one item, in one culture, until a moment.</summary>
public sealed record PreviewTicket(int NodeId, string Culture, int Version, DateTimeOffset ExpiresAt);

public enum PreviewTokenStatus
{
    Valid,
    Expired,

    /// <summary>Not a token this site made: mistyped, cut, or tampered with.</summary>
    Invalid,
}

/// <summary>
/// Makes and reads the tokens of private preview links (/preview/{token}). A token is the ticket encrypted
/// and signed by ASP.NET Core data protection (keys in the data folder, so links survive a restart): it cannot
/// be guessed or altered, and needs no table. The expiry is inside the ticket rather than left to
/// ITimeLimitedDataProtector so that an expired link can be told apart from a forged one (410, not 404) and
/// follows the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class PreviewTokens(IDataProtectionProvider protection, IOptions<PreviewOptions> options, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Brand.Backoffice.Preview.v1");

    public PreviewTicket Issue(int nodeId, string culture, int version) =>
        new(nodeId, culture, version, clock.GetUtcNow() + options.Value.Lifetime);

    /// <summary>The URL-safe token of <paramref name="ticket"/>.</summary>
    public string Protect(PreviewTicket ticket) =>
        _protector.Protect(string.Join('|', ticket.NodeId.ToString(CultureInfo.InvariantCulture), ticket.Culture,
            ticket.Version.ToString(CultureInfo.InvariantCulture), ticket.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    public (PreviewTokenStatus Status, PreviewTicket? Ticket) Read(string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return (PreviewTokenStatus.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var nodeId)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return (PreviewTokenStatus.Invalid, null);
        }

        var ticket = new PreviewTicket(nodeId, parts[1], version, DateTimeOffset.FromUnixTimeSeconds(expires));
        return (clock.GetUtcNow() >= ticket.ExpiresAt ? PreviewTokenStatus.Expired : PreviewTokenStatus.Valid, ticket);
    }
}
