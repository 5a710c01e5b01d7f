using Brand.Cms.Core.Content;
using Brand.Cms.Core.Network;

namespace Brand.SiteTheme.ActorSpace;

/// <summary>
/// What the actor is told about a field of their entry, in the page's culture: the engine's messages are
/// English and generic, so each field and code gets a wording that says what to type.
/// </summary>
public static class ProfileMessages
{
    public static string For(PropertyError error, Func<string, string, string> t) => (error.Property, error.Code) switch
    {
        (ApplicationForm.DescriptionField, "required") => t(
            "Présentez votre activité en quelques lignes : c'est le texte de votre fiche dans l'annuaire.",
            "Describe what you do in a few lines: it is the text of your directory entry."),
        (ApplicationForm.DescriptionField, _) => t(
            $"La présentation doit faire au plus {ApplicationLimits.Description} caractères.",
            $"The description must be at most {ApplicationLimits.Description} characters long."),
        (ApplicationForm.SpecialtiesField, "required") => t(
            "Cochez au moins une spécialité.",
            "Tick at least one specialty."),
        (ApplicationForm.SpecialtiesField, _) => t(
            "Cochez uniquement des spécialités de la liste.",
            "Tick only specialties from the list."),
        (ApplicationForm.DepartmentsField, "required") => t(
            "Indiquez au moins un département où vous intervenez, par son numéro (par exemple 35).",
            "Enter at least one department you serve, by its number (for example 35)."),
        (ApplicationForm.DepartmentsField, _) => t(
            "Un des numéros de département n'existe pas : indiquez des numéros comme 35, 2A ou 974, séparés par des virgules.",
            "One of the department numbers does not exist: enter numbers such as 35, 2A or 974, separated by commas."),
        (ApplicationForm.AddressField, _) => t(
            $"L'adresse doit faire au plus {ApplicationLimits.Address} caractères.",
            $"The address must be at most {ApplicationLimits.Address} characters long."),
        (ApplicationForm.PostcodeField, "required") => t(
            "Indiquez le code postal qui figure sur votre fiche.",
            "Enter the postcode shown on your entry."),
        (ApplicationForm.PostcodeField, _) => t(
            "Le code postal compte cinq chiffres, par exemple 35000.",
            "A French postcode has five digits, such as 35000."),
        (ApplicationForm.CityField, "required") => t(
            "Indiquez la commune qui figure sur votre fiche.",
            "Enter the town or city shown on your entry."),
        (ApplicationForm.CityField, _) => t(
            $"Le nom de la commune doit faire au plus {ApplicationLimits.City} caractères.",
            $"The town's name must be at most {ApplicationLimits.City} characters long."),
        (ApplicationForm.EmailField, _) => t(
            "Indiquez une adresse électronique valide, au format nom@exemple.fr, ou laissez le champ vide.",
            "Enter a valid email address, such as name@example.com, or leave the field empty."),
        (ApplicationForm.PhoneField, _) => t(
            "Indiquez un numéro de téléphone français à dix chiffres, par exemple 01 99 00 12 34, ou laissez le champ vide.",
            "Enter a ten-digit French phone number, such as 01 99 00 12 34, or leave the field empty."),
        (ApplicationForm.WebsiteField, _) => t(
            "Indiquez l'adresse complète du site, commençant par https://, ou laissez le champ vide.",
            "Enter the site's full address, starting with https://, or leave the field empty."),
        (ActorSpaceFields.Email, "required") => t(
            "Indiquez l'adresse électronique de votre fiche ou celle de votre adhésion au réseau.",
            "Enter the email address of your entry or of your network membership."),
        (ActorSpaceFields.Email, _) => t(
            "Indiquez une adresse électronique valide, au format nom@exemple.fr.",
            "Enter a valid email address, such as name@example.com."),
        _ => t("Vérifiez ce champ.", "Check this field."),
    };
}
