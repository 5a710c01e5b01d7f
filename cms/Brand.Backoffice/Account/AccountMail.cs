using System.Text;
using Brand.Backoffice.Users;
using Brand.Cms.Core.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Brand.Backoffice.Account;

/// <summary>
/// The two messages carrying a set-password link (a password reset token): "forgot password" and the
/// invitation of a new user. The link starts with Backoffice:PublicBaseUrl (or the request's host).
/// </summary>
public sealed class AccountMail(MailSender mail, IOptions<BackofficeOptions> options)
{
    public const string ResetPasswordPath = BackofficeExtensions.Path + "/account/reset-password";

    public Task SendPasswordResetAsync(HttpRequest request, BackofficeUser user, string token, CancellationToken ct = default)
    {
        var link = Link(request, user, token);
        return mail.SendAsync(new MailMessage(user.Email!, "Réinitialisation de votre mot de passe – backoffice Croissance Connectée",
            $"""
            Bonjour {user.DisplayName},

            Une réinitialisation du mot de passe de votre compte du backoffice Croissance Connectée a été demandée.
            Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 24 heures, une seule fois) :

            {link}

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.
            """), ct);
    }

    public Task SendInvitationAsync(HttpRequest request, BackofficeUser user, string token, string invitedBy, CancellationToken ct = default)
    {
        var link = Link(request, user, token);
        return mail.SendAsync(new MailMessage(user.Email!, "Votre compte sur le backoffice Croissance Connectée",
            $"""
            Bonjour {user.DisplayName},

            {invitedBy} vous a créé un compte sur le backoffice de Croissance Connectée.
            Pour choisir votre mot de passe, ouvrez ce lien (valable 24 heures, une seule fois) :

            {link}

            Votre identifiant est votre adresse électronique : {user.Email}
            """), ct);
    }

    /// <summary>Identity's tokens hold '+', '/' and '=': base64url keeps them intact in a link.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Link(HttpRequest request, BackofficeUser user, string token) =>
        options.Value.LinkTo(request, $"{ResetPasswordPath}?email={Uri.EscapeDataString(user.Email!)}&token={EncodeToken(token)}");
}
