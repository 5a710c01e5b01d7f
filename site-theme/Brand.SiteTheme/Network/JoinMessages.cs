using Brand.Cms.Core.Network;

namespace Brand.SiteTheme.Network;

/// <summary>A field to fix: which, and what to do, in the visitor's language.</summary>
public sealed record JoinError(string Field, string Message);

/// <summary>
/// What the applicant is told about a field's problem, in the page's culture: the engine's messages are
/// English and generic, so each field and code (required, maxLength, format, checksum, unknown, count,
/// type, size) gets its own wording here, saying what to type rather than what went wrong.
/// </summary>
public static class JoinMessages
{
    /// <param name="siret">What was typed in the SIRET field: its message says what is wrong with that number.</param>
    /// <param name="fileName">The file refused, for a document's type or size.</param>
    public static string For(string field, string code, string culture, string? siret = null, string? fileName = null, long maxBytes = 0)
    {
        string T(string fr, string en) => culture == "fr" ? fr : en;
        return (field, code) switch
        {
            (ApplicationForm.KindField, _) => T(
                "Choisissez la façon dont vous souhaitez rejoindre le réseau.",
                "Choose how you wish to join the network."),
            (ApplicationForm.OrganisationField, "required") => T(
                "Indiquez le nom de votre organisation, ou votre nom si vous agissez à titre personnel.",
                "Enter the name of your organisation, or your own name if you act on your own behalf."),
            (ApplicationForm.OrganisationField, _) => T(
                $"Le nom doit faire au plus {ApplicationLimits.Organisation} caractères.",
                $"The name must be at most {ApplicationLimits.Organisation} characters long."),
            (ApplicationForm.SiretField, "required") => T(
                "Indiquez le numéro SIRET de votre organisation (14 chiffres), qui figure sur votre extrait Kbis ou votre avis de situation INSEE.",
                "Enter your organisation's SIRET number (14 digits), shown on your Kbis extract or INSEE registration notice."),
            (ApplicationForm.SiretField, _) => Siret.Problem(siret, culture) ?? Siret.Problem("", culture)!,
            (ApplicationForm.ContactNameField, "required") => T(
                "Indiquez le nom de la personne à contacter au sujet de la demande.",
                "Enter the name of the person to contact about the application."),
            (ApplicationForm.ContactNameField, _) => T(
                $"Le nom doit faire au plus {ApplicationLimits.ContactName} caractères.",
                $"The name must be at most {ApplicationLimits.ContactName} characters long."),
            (ApplicationForm.EmailField, "required") => T(
                "Indiquez votre adresse électronique : l'accusé de réception et le lien de suivi y seront envoyés.",
                "Enter your email address: the acknowledgement and the follow-up link are sent to it."),
            (ApplicationForm.EmailField, _) => T(
                "Indiquez une adresse électronique valide, au format nom@exemple.fr.",
                "Enter a valid email address, such as name@example.com."),
            (ApplicationForm.PhoneField, _) => T(
                "Indiquez un numéro de téléphone français à dix chiffres, par exemple 01 99 00 12 34.",
                "Enter a ten-digit French phone number, such as 01 99 00 12 34."),
            (ApplicationForm.WebsiteField, _) => T(
                "Indiquez l'adresse complète du site, commençant par https://, par exemple https://www.exemple.fr.",
                "Enter the site's full address, starting with https://, such as https://www.example.com."),
            (ApplicationForm.AddressField, _) => T(
                $"L'adresse doit faire au plus {ApplicationLimits.Address} caractères.",
                $"The address must be at most {ApplicationLimits.Address} characters long."),
            (ApplicationForm.PostcodeField, "required") => T(
                "Indiquez le code postal de votre organisation.",
                "Enter your organisation's postcode."),
            (ApplicationForm.PostcodeField, _) => T(
                "Le code postal compte cinq chiffres, par exemple 35000.",
                "A French postcode has five digits, such as 35000."),
            (ApplicationForm.CityField, "required") => T(
                "Indiquez la commune de votre organisation.",
                "Enter your organisation's town or city."),
            (ApplicationForm.CityField, _) => T(
                $"Le nom de la commune doit faire au plus {ApplicationLimits.City} caractères.",
                $"The town's name must be at most {ApplicationLimits.City} characters long."),
            (ApplicationForm.DescriptionField, "required") => T(
                "Présentez votre activité en quelques lignes : ce texte figurera dans l'annuaire.",
                "Describe what you do in a few lines: this text will appear in the directory."),
            (ApplicationForm.DescriptionField, _) => T(
                $"La présentation doit faire au plus {ApplicationLimits.Description} caractères.",
                $"The description must be at most {ApplicationLimits.Description} characters long."),
            (ApplicationForm.SpecialtiesField, _) => T(
                "Cochez au moins une spécialité parmi celles proposées.",
                "Tick at least one of the specialties offered."),
            (ApplicationForm.DepartmentsField, _) => T(
                "Cochez au moins un département où vous intervenez.",
                "Tick at least one department you serve."),
            (ApplicationForm.ReferencesField, "required") => T(
                "Indiquez vos références : entreprises accompagnées, projets menés, formations données.",
                "Give your references: businesses helped, projects carried out, training given."),
            (ApplicationForm.ReferencesField, _) => T(
                $"Les références doivent faire au plus {ApplicationLimits.References} caractères.",
                $"The references must be at most {ApplicationLimits.References} characters long."),
            (ApplicationDocuments.Field, "required") => T(
                "Les connecteurs labellisés joignent les pièces demandées, au format PDF.",
                "Labelled connectors attach the documents asked for, as PDF files."),
            (ApplicationDocuments.Field, "count") => T(
                $"Joignez au plus {ApplicationLimits.MaxDocuments} documents : retirez-en un ou regroupez-les dans un seul PDF.",
                $"Attach at most {ApplicationLimits.MaxDocuments} documents: remove one or combine them into one PDF."),
            (ApplicationDocuments.Field, "quota") => T(
                "Trop de fichiers ont été envoyés depuis votre connexion cette heure-ci : ceux de cet envoi n'ont pas été reçus. Réessayez plus tard ; le reste de ce que vous avez saisi est conservé.",
                "Too many files have been sent from your connection this hour: those of this post were not received. Try again later; everything else you typed is kept."),
            (ApplicationDocuments.Field, ApplicationDocuments.DiskFullCode) => T(
                $"Le disque du serveur est plein : le fichier « {fileName} » n'a pas été reçu (rien n'en est resté). Réessayez plus tard ; le reste de ce que vous avez saisi est conservé.",
                $"The server's disk is full: the file \"{fileName}\" was not received (nothing of it was kept). Try again later; everything else you typed is kept."),
            (ApplicationDocuments.Field, "size") => T(
                $"Le fichier « {fileName} » dépasse {maxBytes / (1024 * 1024)} Mo : réduisez-le ou scindez-le.",
                $"The file \"{fileName}\" is larger than {maxBytes / (1024 * 1024)} MB: reduce or split it."),
            (ApplicationDocuments.Field, _) => T(
                $"Le fichier « {fileName} » n'est pas un document PDF : enregistrez-le au format PDF puis joignez-le de nouveau.",
                $"The file \"{fileName}\" is not a PDF document: save it as a PDF, then attach it again."),
            (ApplicationForm.CharterField, _) => T(
                "Cochez la case pour accepter la charte du réseau : c'est la condition pour le rejoindre.",
                "Tick the box to accept the network's charter: it is the condition for joining."),
            (JoinFields.Message, "required") => T(
                "Écrivez votre réponse ou joignez un document.",
                "Write your answer or attach a document."),
            (JoinFields.Message, _) => T(
                $"La réponse doit faire au plus {ApplicationLimits.Message} caractères.",
                $"The answer must be at most {ApplicationLimits.Message} characters long."),
            _ => T("Vérifiez ce champ.", "Check this field."),
        };
    }

    /// <summary>A field's name in the error summary.</summary>
    public static string Label(string field, string culture)
    {
        string T(string fr, string en) => culture == "fr" ? fr : en;
        return field switch
        {
            ApplicationForm.KindField => T("Façon de rejoindre le réseau", "Way of joining the network"),
            ApplicationForm.OrganisationField => T("Organisation", "Organisation"),
            ApplicationForm.SiretField => T("Numéro SIRET", "SIRET number"),
            ApplicationForm.ContactNameField => T("Personne à contacter", "Contact person"),
            ApplicationForm.EmailField => T("Adresse électronique", "Email address"),
            ApplicationForm.PhoneField => T("Téléphone", "Phone"),
            ApplicationForm.WebsiteField => T("Site internet", "Website"),
            ApplicationForm.AddressField => T("Adresse", "Address"),
            ApplicationForm.PostcodeField => T("Code postal", "Postcode"),
            ApplicationForm.CityField => T("Commune", "Town or city"),
            ApplicationForm.DescriptionField => T("Présentation de votre activité", "Description of your work"),
            ApplicationForm.SpecialtiesField => T("Spécialités", "Specialties"),
            ApplicationForm.DepartmentsField => T("Départements desservis", "Departments served"),
            ApplicationForm.AcceptsRemoteField => T("Accompagnement à distance", "Remote support"),
            ApplicationForm.ReferencesField => T("Références", "References"),
            ApplicationDocuments.Field => T("Pièces jointes", "Documents"),
            ApplicationForm.CharterField => T("Charte du réseau", "Network charter"),
            JoinFields.Message => T("Votre réponse", "Your answer"),
            _ => field,
        };
    }
}

/// <summary>What a form's summary shows above it: a refused post's notice, and each field to fix with a link to it.</summary>
public sealed record FormProblems(IReadOnlyList<JoinError> Errors, JoinNotice? Notice);

/// <summary>The documents of a form as a partial draws them: the files already staged, the error, whether required.</summary>
public sealed record DocumentsField(IReadOnlyList<StagedDocument> Staged, string? Error, string Legend, string Hint, string? HelpHtml);
