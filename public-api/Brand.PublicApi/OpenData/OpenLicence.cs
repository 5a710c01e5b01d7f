using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData;

/// <summary>
/// Every dataset is published under Etalab's Licence Ouverte 2.0, which asks reusers to credit the source (at
/// least the licensor's name) and the date of the last update: both are shown beside every download.
/// </summary>
public static class OpenLicence
{
    public const string Name = "Licence Ouverte / Open Licence 2.0";
    public const string Url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    /// <summary>"Croissance Connectée — mission …, Acteurs du réseau, mis à jour le 23/11/2026".</summary>
    public static string Attribution(string publisher, string title, DateTimeOffset updated, string culture) => culture == "fr"
        ? $"{publisher}, {title}, mis à jour le {updated.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"{publisher}, {title}, updated {updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    public static LocalizedText Attribution(OpenDataOptions options, LocalizedText title, DateTimeOffset updated) => new()
    {
        ["fr"] = Attribution(options.Publisher.In("fr"), title.In("fr"), updated, "fr"),
        ["en"] = Attribution(options.Publisher.In("en"), title.In("en"), updated, "en"),
    };
}
