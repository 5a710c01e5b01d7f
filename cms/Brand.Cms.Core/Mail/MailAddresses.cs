using System.Text.RegularExpressions;

namespace Brand.Cms.Core.Mail;

/// <summary>What the forms accept as an e-mail address.</summary>
public static partial class MailAddresses
{
    /// <summary>
    /// One @, no spaces, a dot in the domain (what a person can mistype), and exactly the one address MimeKit
    /// reads in it: an address typed in a form may become a mail header (To, Reply-To), where
    /// "a@b.fr, c@d.fr" or "&lt;x&gt;" must not slip in.
    /// </summary>
    public static bool IsOneMailbox(string email) =>
        EmailPattern().IsMatch(email) && MimeKit.MailboxAddress.TryParse(email, out var mailbox) && mailbox.Address == email;

    [GeneratedRegex(@"^[^@\s,;<>""()]+@[^@\s,;<>""()]+\.[^@\s,;<>""()]+$")]
    private static partial Regex EmailPattern();
}
