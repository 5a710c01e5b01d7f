namespace Brand.Benchmarks;

/// <summary>
/// Word lists for realistic-looking directory entries. Real names and cities matter: URL segments,
/// string lengths and accents (escaped in stored JSON) shape both the database size and the cache.
/// </summary>
internal static class FrenchData
{
    public sealed record City(string Name, string Postcode, double Lat, double Lon, string Region);

    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Émilie", "Claire", "Anaïs", "Océane", "Pauline",
        "Hélène", "Mathilde", "Agathe", "Zoé", "Louise", "Margaux", "Élodie", "Noémie", "Lucas", "Hugo", "Louis", "Gabriel",
        "Arthur", "Jules", "Théo", "Nathan", "Raphaël", "Mathis", "Étienne", "François", "Jérôme", "Sébastien", "Benoît",
        "Grégoire", "Aurélien", "Thibault", "Maxime", "Quentin", "Antoine", "Clément", "Rémi", "Cédric", "Loïc", "Gaël",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
        "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
        "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
        "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier",
        "Jean", "Pérez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    ];

    public static readonly City[] Cities =
    [
        new("Paris", "75011", 48.8589, 2.3799, "11"), new("Lyon", "69003", 45.7597, 4.8422, "84"),
        new("Marseille", "13006", 43.2887, 5.3786, "93"), new("Toulouse", "31000", 43.6045, 1.4440, "76"),
        new("Nice", "06000", 43.7031, 7.2661, "93"), new("Nantes", "44000", 47.2184, -1.5536, "52"),
        new("Montpellier", "34000", 43.6119, 3.8772, "76"), new("Strasbourg", "67000", 48.5734, 7.7521, "44"),
        new("Bordeaux", "33000", 44.8378, -0.5792, "75"), new("Lille", "59000", 50.6292, 3.0573, "32"),
        new("Rennes", "35000", 48.1173, -1.6778, "53"), new("Reims", "51100", 49.2583, 4.0317, "44"),
        new("Saint-Étienne", "42000", 45.4397, 4.3872, "84"), new("Le Havre", "76600", 49.4944, 0.1079, "28"),
        new("Toulon", "83000", 43.1242, 5.9280, "93"), new("Grenoble", "38000", 45.1885, 5.7245, "84"),
        new("Dijon", "21000", 47.3220, 5.0415, "27"), new("Angers", "49000", 47.4784, -0.5632, "52"),
        new("Nîmes", "30000", 43.8367, 4.3601, "76"), new("Clermont-Ferrand", "63000", 45.7772, 3.0870, "84"),
        new("Le Mans", "72000", 48.0061, 0.1996, "52"), new("Aix-en-Provence", "13100", 43.5297, 5.4474, "93"),
        new("Brest", "29200", 48.3904, -4.4861, "53"), new("Tours", "37000", 47.3941, 0.6848, "24"),
        new("Amiens", "80000", 49.8941, 2.2958, "32"), new("Limoges", "87000", 45.8336, 1.2611, "75"),
        new("Besançon", "25000", 47.2378, 6.0241, "27"), new("Orléans", "45000", 47.9030, 1.9093, "24"),
        new("Metz", "57000", 49.1193, 6.1757, "44"), new("Rouen", "76000", 49.4432, 1.0999, "28"),
        new("Caen", "14000", 49.1829, -0.3707, "28"), new("Nancy", "54000", 48.6921, 6.1844, "44"),
        new("Ajaccio", "20000", 41.9192, 8.7386, "94"), new("Pointe-à-Pitre", "97110", 16.2411, -61.5331, "01"),
        new("Fort-de-France", "97200", 14.6161, -61.0588, "02"), new("Cayenne", "97300", 4.9224, -52.3135, "03"),
        new("Saint-Denis", "97400", -20.8823, 55.4504, "04"), new("Mamoudzou", "97600", -12.7806, 45.2279, "06"),
        new("Quimper", "29000", 47.9960, -4.1024, "53"), new("Poitiers", "86000", 46.5802, 0.3404, "75"),
    ];

    /// <summary>Values of the kind option, the French and English job title, and an organisation prefix.</summary>
    public static readonly (string Value, string Fr, string En)[] Kinds =
    [
        ("volunteerConnector", "Connecteur bénévole", "Volunteer connector"),
        ("labelledConnector", "Connecteur labellisé", "Labelled connector"),
        ("partnerOrganisation", "Organisation partenaire", "Partner organisation"),
    ];

    public static readonly string[] OrganisationPrefixes =
    [
        "Atelier numérique", "Association Commerce connecté", "Chambre de métiers", "Club des entrepreneurs",
        "Fédération du commerce", "Maison de l'entreprise", "Pôle numérique", "Réseau Initiative",
    ];

    public static readonly (string Value, string Fr, string En)[] Specialties =
    [
        ("website", "la création de site internet", "building a website"),
        ("onlineSelling", "la vente en ligne", "selling online"),
        ("socialNetworks", "les réseaux sociaux", "social networks"),
        ("onlinePayment", "le paiement en ligne", "online payment"),
        ("cloud", "les outils en ligne et le cloud", "online tools and the cloud"),
        ("cybersecurity", "la cybersécurité", "cybersecurity"),
        ("eInternationalisation", "l'export en ligne", "selling abroad online"),
        ("training", "la formation des équipes", "training teams"),
        ("dataAndCrm", "la relation client et les données", "customer relations and data"),
    ];

    public static readonly string[] Regions = ["84", "27", "53", "24", "94", "44", "32", "11", "28", "75", "76", "52", "93", "01", "02", "03", "04", "06"];

    public static readonly string[] Audiences =
    [
        "les commerçants de centre-ville", "les artisans du bâtiment", "les restaurateurs", "les professions libérales",
        "les très petites entreprises", "les agriculteurs en vente directe", "les associations", "les créateurs d'entreprise",
    ];

    public static readonly string[] AudiencesEn =
    [
        "town-centre shopkeepers", "building craftspeople", "restaurant owners", "independent professionals",
        "very small businesses", "farmers selling direct", "non-profits", "new business founders",
    ];
}
