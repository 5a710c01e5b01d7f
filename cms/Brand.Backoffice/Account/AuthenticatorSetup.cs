using System.Text;
using QRCoder;

namespace Brand.Backoffice.Account;

/// <summary>What an authenticator app needs: the otpauth:// URI as a QR code (SVG), and the key as text.</summary>
public static class AuthenticatorSetup
{
    private const string Issuer = "Croissance Connectée backoffice";

    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>An SVG drawing (no script), to put in the page as markup.</summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(5);
    }

    /// <summary>"abcd efgh …": easier to type into an app by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
