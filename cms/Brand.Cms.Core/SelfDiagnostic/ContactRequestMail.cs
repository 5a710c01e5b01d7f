using System.Globalization;
using System.Text;
using Brand.Cms.Core.Mail;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>
/// The message an actor receives for a contact request: who asks, the business's profile and scores, and
/// the message. Written in French, the network's language (a request made in English says so); the business's
/// address is the Reply-To, so the actor answers it directly.
/// </summary>
public sealed class ContactRequestMail(BusinessProfiles profiles)
{
    public MailMessage ToActor(Questionnaire questionnaire, DiagnosticResult result, PublishedContent actor, ContactRequest request, TimeSpan retention)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder();
        text.AppendLine("Bonjour,").AppendLine()
            .AppendLine("Une entreprise a fait l'autodiagnostic de maturité numérique de Croissance Connectée et souhaite être mise en relation avec vous.")
            .AppendLine("Elle a donné son accord pour que ses coordonnées vous soient transmises.");
        if (request.Culture != "fr")
        {
            text.AppendLine("Elle a répondu au questionnaire en anglais : vous pouvez lui répondre dans cette langue.");
        }

        text.AppendLine().AppendLine("Contact")
            .AppendLine($"  Nom : {request.ContactName}");
        if (request.BusinessName is { } business)
        {
            text.AppendLine($"  Entreprise : {business}");
        }

        text.AppendLine($"  Adresse électronique : {request.Email}");
        if (request.Phone is { } phone)
        {
            text.AppendLine($"  Téléphone : {phone}");
        }

        var department = profiles.Department(result.Department);
        text.AppendLine().AppendLine("Profil")
            .AppendLine($"  Secteur : {profiles.SectorLabel(result.Sector, "fr")}")
            .AppendLine($"  Effectif : {profiles.SizeBandLabel(result.SizeBand, "fr")}")
            .AppendLine($"  Département : {department?.Code} — {department?.Name}");

        text.AppendLine().AppendLine($"Résultat de l'autodiagnostic : {result.Overall}/100"
            + (questionnaire.LevelFor(result.Overall) is { } level ? $" ({level.Title})" : ""));
        foreach (var score in result.Scores)
        {
            if (questionnaire.Dimension(score.DimensionKey) is { } dimension)
            {
                text.AppendLine($"  {dimension.Title} : {score.Score}/100");
            }
        }

        if (request.Message is { } message)
        {
            text.AppendLine().AppendLine("Son message").AppendLine(message);
        }

        text.AppendLine().AppendLine("Répondez directement à ce message pour écrire à l'entreprise.")
            .AppendLine($"Ces coordonnées seront effacées de la plateforme {Days(retention, fr)} après la demande ; merci de ne pas les utiliser à d'autres fins.")
            .AppendLine().AppendLine("L'équipe Croissance Connectée");
        return new MailMessage(
            actor.Value<string>("email")!,
            // No personal data in the subject: subjects are written to the logs, which the retention does not reach.
            $"Croissance Connectée : une entreprise demande à être mise en relation (demande n° {request.Id})",
            text.ToString(),
            ReplyTo: request.Email);
    }

    private static string Days(TimeSpan retention, CultureInfo culture) =>
        $"{Math.Round(retention.TotalDays).ToString("N0", culture)} jours";
}
