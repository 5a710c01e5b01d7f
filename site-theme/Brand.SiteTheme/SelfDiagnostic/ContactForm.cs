using Brand.Cms.Core.Content;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// The "be put in touch" form of the result page, as posted: read by hand rather than model-bound, so that
/// the field names are the engine's (<see cref="ContactDetails"/>) and an error maps to its field directly.
/// </summary>
public sealed record ContactForm(
    string? Actor, string? ContactName, string? BusinessName, string? Email, string? Phone, string? Message, bool Consent, string? Trap)
{
    public const string ActorField = "actor";

    /// <summary>The query-string parameter that pre-selects an actor ("Ask this actor" links of the plan).</summary>
    public const string PreselectParameter = "actor";

    public static readonly ContactForm Empty = new(null, null, null, null, null, null, false, null);

    public Guid? ActorKey => Guid.TryParse(Actor, out var key) ? key : null;

    public bool IsTrapped => !string.IsNullOrWhiteSpace(Trap);

    public ContactDetails Details => new(BusinessName, ContactName, Email, Phone, Message, Consent);

    public static ContactForm Read(IFormCollection form) => new(
        One(form, ActorField),
        One(form, ContactDetails.ContactNameField),
        One(form, ContactDetails.BusinessNameField),
        One(form, ContactDetails.EmailField),
        One(form, ContactDetails.PhoneField),
        One(form, ContactDetails.MessageField),
        form[ContactDetails.ConsentField].Any(v => v is "true" or "on"),
        One(form, Honeypot.Field));

    /// <summary>The element id of a field, for its label, its error message and the error summary's link.</summary>
    public static string IdOf(string field) => $"contact-{field}";

    public static string ErrorIdOf(string field) => $"contact-{field}-error";

    private static string? One(IFormCollection form, string name) => form[name].FirstOrDefault();
}

/// <summary>What the visitor is told about a field's problem, in the page's culture (the engine's messages are English).</summary>
public static class ContactMessages
{
    public static string For(PropertyError error, Func<string, string, string> t) => (error.Property, error.Code) switch
    {
        (ContactForm.ActorField, "required") => t(
            "Choisissez l'acteur à qui envoyer votre demande.",
            "Choose the actor to send your request to."),
        (ContactForm.ActorField, _) => t(
            "Choisissez l'un des acteurs proposés pour votre département.",
            "Choose one of the actors offered for your department."),
        (ContactDetails.ContactNameField, "required") => t(
            "Indiquez le nom de la personne à contacter.",
            "Enter the name of the person to contact."),
        (ContactDetails.ContactNameField, _) => t(
            $"Le nom doit faire au plus {ContactRequestLimits.ContactName} caractères.",
            $"The name must be at most {ContactRequestLimits.ContactName} characters long."),
        (ContactDetails.BusinessNameField, _) => t(
            $"Le nom de l'entreprise doit faire au plus {ContactRequestLimits.BusinessName} caractères.",
            $"The business name must be at most {ContactRequestLimits.BusinessName} characters long."),
        (ContactDetails.EmailField, "required") => t(
            "Indiquez votre adresse électronique : l'acteur vous répondra à cette adresse.",
            "Enter your email address: the actor will reply to it."),
        (ContactDetails.EmailField, _) => t(
            "Indiquez une adresse électronique valide, au format nom@exemple.fr.",
            "Enter a valid email address, such as name@example.com."),
        (ContactDetails.PhoneField, _) => t(
            "Indiquez un numéro de téléphone valide, par exemple 02 99 12 34 56 ou +33 2 99 12 34 56.",
            "Enter a valid phone number, such as 02 99 12 34 56 or +33 2 99 12 34 56."),
        (ContactDetails.MessageField, _) => t(
            $"Le message doit faire au plus {ContactRequestLimits.Message} caractères.",
            $"The message must be at most {ContactRequestLimits.Message} characters long."),
        (ContactDetails.ConsentField, _) => t(
            "Votre consentement est nécessaire : cochez la case pour accepter que vos coordonnées soient transmises à l'acteur choisi.",
            "Your consent is needed: tick the box to agree to your details being passed on to the chosen actor."),
        _ => error.Message,
    };
}
