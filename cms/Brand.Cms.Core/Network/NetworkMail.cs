using System.Globalization;
using System.Text;
using Brand.Cms.Core.Mail;

namespace Brand.Cms.Core.Network;

/// <summary>
/// Every message the network sends to applicants and actors, in their language. Subjects never carry
/// personal data (they show in notifications and server logs); bodies are plain text with full links.
/// </summary>
public static class NetworkMail
{
    private const string Signature = "L'équipe de la mission Croissance Connectée";
    private const string SignatureEn = "The Croissance Connectée mission team";

    public static MailMessage Acknowledgement(LabelApplication application, string followUrl) => Compose(application.Culture, application.Email,
        ("Nous avons bien reçu votre demande d'entrée dans le réseau", "We have received your application to join the network"),
        text => text
            .Line($"Bonjour {application.ContactName},", $"Hello {application.ContactName},").Blank()
            .Line($"Merci pour la demande de « {application.Organisation} » ({KindLabel(application.Kind, "fr")}). Elle est enregistrée sous le numéro {application.Id}.",
                $"Thank you for the application of \"{application.Organisation}\" ({KindLabel(application.Kind, "en")}). Its number is {application.Id}.")
            .Line("Un gestionnaire du réseau va l'examiner. Vous recevrez un message à chaque étape.",
                "A network manager will review it. You will receive a message at each step.").Blank()
            .Line("Suivre votre demande (lien personnel, ne le transmettez pas) :", "Follow your application (a personal link: do not pass it on):")
            .Raw(followUrl));

    public static MailMessage InformationRequested(LabelApplication application, string message, string followUrl) => Compose(application.Culture, application.Email,
        ("Votre demande d'entrée dans le réseau : un complément est nécessaire", "Your application to join the network: more information is needed"),
        text => text
            .Line($"Bonjour {application.ContactName},", $"Hello {application.ContactName},").Blank()
            .Line($"Pour continuer l'examen de la demande n° {application.Id}, le gestionnaire du réseau vous demande :",
                $"To continue reviewing application no. {application.Id}, the network manager asks:").Blank()
            .Quote(message).Blank()
            .Line("Répondez et joignez vos documents depuis la page de votre demande (ce lien remplace le précédent) :",
                "Answer and attach your documents from your application's page (this link replaces the previous one):")
            .Raw(followUrl));

    public static MailMessage Refused(LabelApplication application, string message, string followUrl) => Compose(application.Culture, application.Email,
        ("Votre demande d'entrée dans le réseau : la décision", "Your application to join the network: the decision"),
        text => text
            .Line($"Bonjour {application.ContactName},", $"Hello {application.ContactName},").Blank()
            .Line($"Nous ne pouvons pas accorder le label à « {application.Organisation} » pour le moment (demande n° {application.Id}). Le gestionnaire du réseau explique :",
                $"We cannot grant the label to \"{application.Organisation}\" at this time (application no. {application.Id}). The network manager explains:").Blank()
            .Quote(message).Blank()
            .Line("Vous pourrez déposer une nouvelle demande lorsque la situation aura changé. L'historique reste consultable ici :",
                "You may apply again once things have changed. The history stays available here:")
            .Raw(followUrl));

    public static MailMessage Granted(LabelApplication application, string? profileUrl, string? actorSpaceUrl, string? brandKitUrl)
    {
        var culture = CultureInfo.GetCultureInfo(application.Culture == "fr" ? "fr-FR" : "en-GB");
        return Compose(application.Culture, application.Email,
            ("Bienvenue dans le réseau Croissance Connectée", "Welcome to the Croissance Connectée network"),
            text =>
            {
                text.Line($"Bonjour {application.ContactName},", $"Hello {application.ContactName},").Blank()
                    .Line($"Le label est accordé à « {application.Organisation} ». Votre numéro de label : {application.LabelNumber}.",
                        $"The label is granted to \"{application.Organisation}\". Your label number: {application.LabelNumber}.")
                    .Line($"Il est valable du {application.LabelGrantedOn?.ToString("d MMMM yyyy", culture)} au {application.LabelExpiresOn?.ToString("d MMMM yyyy", culture)} inclus.",
                        $"It is valid from {application.LabelGrantedOn?.ToString("d MMMM yyyy", culture)} to {application.LabelExpiresOn?.ToString("d MMMM yyyy", culture)} inclusive.")
                    .Blank();
                if (profileUrl is not null)
                {
                    text.Line("Votre fiche dans l'annuaire :", "Your entry in the directory:").Raw(profileUrl).Blank();
                }

                if (actorSpaceUrl is not null)
                {
                    text.Line("Pour la mettre à jour, connectez-vous à l'espace acteur avec cette adresse électronique (un lien de connexion vous sera envoyé, sans mot de passe) :",
                        "To update it, sign in to the actor space with this e-mail address (a sign-in link is sent to you, no password needed):").Raw(actorSpaceUrl).Blank();
                }

                if (brandKitUrl is not null)
                {
                    text.Line("Le logo et ses règles d'usage :", "The logo and its usage rules:").Raw(brandKitUrl).Blank();
                }

                text.Line("Un rappel vous sera envoyé trente jours avant l'échéance pour renouveler le label.",
                    "A reminder will be sent thirty days before the end date so that you can renew the label.");
            });
    }

    public static MailMessage SignInLink(string email, string culture, string url, TimeSpan lifetime, string? actorName) => Compose(culture, email,
        ("Votre lien de connexion à l'espace acteur", "Your sign-in link to the actor space"),
        text => text
            .Line("Bonjour,", "Hello,").Blank()
            .Line($"Voici votre lien de connexion à l'espace acteur de Croissance Connectée, pour la fiche « {actorName} ». Il fonctionne une seule fois, pendant {Minutes(lifetime)} minutes :",
                $"Here is your sign-in link to the Croissance Connectée actor space, for the entry \"{actorName}\". It works once, for {Minutes(lifetime)} minutes:")
            .Raw(url).Blank()
            .Line("Si vous n'avez rien demandé, ignorez ce message : personne ne peut se connecter sans ce lien.",
                "If you did not ask for it, ignore this message: nobody can sign in without this link."));

    public static MailMessage RenewalReminder(string email, string culture, string actorName, DateOnly expiresOn, string? actorSpaceUrl)
    {
        var date = expiresOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(culture == "fr" ? "fr-FR" : "en-GB"));
        return Compose(culture, email,
            ("Votre label Croissance Connectée arrive à échéance", "Your Croissance Connectée label is about to expire"),
            text =>
            {
                text.Line("Bonjour,", "Hello,").Blank()
                    .Line($"Le label de « {actorName} » est valable jusqu'au {date} inclus. Passé cette date, votre fiche sera signalée comme « label expiré » et n'apparaîtra plus dans la vue par défaut de l'annuaire.",
                        $"The label of \"{actorName}\" is valid until {date} inclusive. After that date, your entry will be flagged \"label expired\" and will no longer appear in the directory's default view.")
                    .Blank();
                if (actorSpaceUrl is not null)
                {
                    text.Line("Demandez son renouvellement depuis votre espace acteur :", "Ask for its renewal from your actor space:").Raw(actorSpaceUrl);
                }
            });
    }

    public static MailMessage ProfileEditDecided(ProfileEdit edit, string email, string culture, string? profileUrl) => Compose(culture, email,
        edit.Status == ProfileEditStatus.Approved
            ? ("Votre fiche de l'annuaire est mise à jour", "Your directory entry is updated")
            : ("Votre modification de fiche n'a pas été publiée", "Your entry change was not published"),
        text =>
        {
            text.Line("Bonjour,", "Hello,").Blank();
            if (edit.Status == ProfileEditStatus.Approved)
            {
                text.Line($"Les modifications de la fiche « {edit.ActorName} » que vous avez proposées sont publiées.",
                    $"The changes you proposed to the entry \"{edit.ActorName}\" are published.");
                if (profileUrl is not null)
                {
                    text.Raw(profileUrl);
                }
            }
            else
            {
                text.Line($"Les modifications de la fiche « {edit.ActorName} » que vous avez proposées n'ont pas été publiées. Le gestionnaire du réseau explique :",
                        $"The changes you proposed to the entry \"{edit.ActorName}\" were not published. The network manager explains:")
                    .Blank().Quote(edit.Message ?? "").Blank()
                    .Line("Vous pouvez proposer une nouvelle version depuis votre espace acteur.", "You may propose a new version from your actor space.");
            }
        });

    /// <summary>The kind's wording, as the application form and the directory show it.</summary>
    public static string KindLabel(string kind, string culture) => (kind, culture == "fr") switch
    {
        (ActorKinds.Volunteer, true) => "connecteur bénévole",
        (ActorKinds.Volunteer, false) => "volunteer connector",
        (ActorKinds.Labelled, true) => "connecteur labellisé",
        (ActorKinds.Labelled, false) => "labelled connector",
        (ActorKinds.Partner, true) => "organisation partenaire",
        (ActorKinds.Partner, false) => "partner organisation",
        _ => kind,
    };

    private static int Minutes(TimeSpan lifetime) => (int)Math.Round(lifetime.TotalMinutes);

    private static MailMessage Compose(string culture, string to, (string Fr, string En) subject, Action<MailText> body)
    {
        var text = new MailText(culture == "fr");
        body(text);
        text.Blank().Line(Signature, SignatureEn);
        return new MailMessage(to, (culture == "fr" ? subject.Fr : subject.En) + " — Croissance Connectée", text.ToString());
    }

    private sealed class MailText(bool french)
    {
        private readonly StringBuilder _text = new();

        public MailText Line(string fr, string en)
        {
            _text.AppendLine(french ? fr : en);
            return this;
        }

        public MailText Raw(string line)
        {
            _text.AppendLine(line);
            return this;
        }

        public MailText Blank()
        {
            _text.AppendLine();
            return this;
        }

        /// <summary>A manager's words, set apart so the reader sees where they start and end.</summary>
        public MailText Quote(string message)
        {
            foreach (var line in message.ReplaceLineEndings("\n").Split('\n'))
            {
                _text.Append("> ").AppendLine(line);
            }

            return this;
        }

        public override string ToString() => _text.ToString();
    }
}

/// <summary>The three kinds of actor: the option values of labelledActor's "kind".</summary>
public static class ActorKinds
{
    public const string Volunteer = "volunteerConnector";
    public const string Labelled = "labelledConnector";
    public const string Partner = "partnerOrganisation";

    public static readonly IReadOnlyList<string> All = [Volunteer, Labelled, Partner];
}
