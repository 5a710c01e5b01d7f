using System.Text.RegularExpressions;
using Brand.Cms.Core.Content;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// What a business types to be put in touch. Only a name, an e-mail address and the consent are required;
/// the rest helps the actor prepare the first call.
/// </summary>
public sealed partial record ContactDetails(string? BusinessName, string? ContactName, string? Email, string? Phone, string? Message, bool Consent)
{
    public const string BusinessNameField = "businessName";
    public const string ContactNameField = "contactName";
    public const string EmailField = "email";
    public const string PhoneField = "phone";
    public const string MessageField = "message";
    public const string ConsentField = "consent";

    /// <summary>Every problem, by field; messages in English (the site words its own from the field and code).</summary>
    public IReadOnlyList<PropertyError> Problems()
    {
        var errors = new List<PropertyError>();
        void Add(string field, string code, string message) => errors.Add(new PropertyError(field, null, code, message));
        void Length(string field, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
            {
                Add(field, "maxLength", $"must be at most {max} characters");
            }
        }

        if (string.IsNullOrWhiteSpace(ContactName))
        {
            Add(ContactNameField, "required", "a name to ask for is required");
        }

        Length(ContactNameField, ContactName, ContactRequestLimits.ContactName);
        Length(BusinessNameField, BusinessName, ContactRequestLimits.BusinessName);
        if (string.IsNullOrWhiteSpace(Email))
        {
            Add(EmailField, "required", "an e-mail address is required");
        }
        else if (Email.Trim().Length > ContactRequestLimits.Email || !IsOneMailbox(Email.Trim()))
        {
            Add(EmailField, "format", "must be an e-mail address such as nom@exemple.fr");
        }

        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Trim().Length > ContactRequestLimits.Phone || !PhonePattern().IsMatch(Phone.Trim())))
        {
            Add(PhoneField, "format", "must be a phone number: digits, spaces, and + ( ) . - only");
        }

        Length(MessageField, Message, ContactRequestLimits.Message);
        if (!Consent)
        {
            Add(ConsentField, "required", "consent is required to pass the details on");
        }

        return errors;
    }

    /// <summary>The values as stored: trimmed, empty ones as null.</summary>
    public ContactDetails Normalized() => this with
    {
        BusinessName = OneLine(BusinessName),
        ContactName = OneLine(ContactName),
        Email = OneLine(Email),
        Phone = OneLine(Phone),
        Message = string.IsNullOrWhiteSpace(Message) ? null : Message.Trim(),
    };

    // A line break in a name would end up in a mail header (the subject): one line, control characters out.
    private static string? OneLine(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Trim().Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    // The address becomes the mail's Reply-To.
    private static bool IsOneMailbox(string email) => Mail.MailAddresses.IsOneMailbox(email);

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]{5,28}$")]
    private static partial Regex PhonePattern();
}
