using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.OpenData.Versions;

namespace Brand.PublicApi.OpenData.Page;

/// <summary>
/// /open-data/: the datasets, their downloads, licence and column documentation, in French or English
/// (?lang=en). Written here rather than in the theme, which this project does not reference: the same DSFR
/// stylesheet and markup, a plain header and footer, and no script, since nothing on the page needs one.
/// </summary>
internal static class OpenDataPage
{
    private const string Dsfr = "/_content/Brand.SiteTheme/lib/dsfr/";

    public static string Render(IReadOnlyList<DatasetSummary> datasets, string culture, LocalizedText publisher,
        Func<DatasetSummary, string> attribution)
    {
        var html = new PageText(culture);
        var title = html.T("Données ouvertes", "Open data");
        var site = "Croissance Connectée";
        var other = html.IsFrench ? "en" : "fr";
        html.Raw($"<!DOCTYPE html><html lang=\"{culture}\" dir=\"ltr\"><head><meta charset=\"utf-8\" />")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
            .Raw("<title>").Text($"{title} - {site}").Raw("</title>")
            .Raw($"<meta name=\"description\" content=\"{PageText.Encode(html.T("Les données de Croissance Connectée en téléchargement libre, sous Licence Ouverte 2.0.", "Croissance Connectée's data, free to download under the Licence Ouverte 2.0."))}\" />")
            .Raw($"<link rel=\"stylesheet\" href=\"{Dsfr}dsfr.min.css\" />")
            .Raw($"<link rel=\"stylesheet\" href=\"{Dsfr}utility/icons/icons-theme/icons-theme.min.css\" />")
            .Raw($"<link rel=\"icon\" href=\"{Dsfr}favicon/favicon.svg\" type=\"image/svg+xml\" />")
            .Raw($"<link rel=\"alternate\" type=\"application/ld+json\" href=\"{OpenDataEndpoints.CatalogPath}\" title=\"DCAT-AP\" />")
            .Raw($"<link rel=\"alternate\" hreflang=\"{other}\" href=\"{OpenDataEndpoints.PagePath}?lang={other}\" />")
            .Raw("</head><body>");
        Header(html, site, other);
        html.Raw("<main id=\"contenu\" role=\"main\" tabindex=\"-1\"><div class=\"fr-container fr-pt-6w fr-pb-12w\">")
            .Raw("<h1>").Text(title).Raw("</h1>");
        Introduction(html, publisher);
        html.Raw($"<nav class=\"fr-summary fr-mt-4w\" role=\"navigation\" aria-labelledby=\"sommaire-titre\">")
            .Raw("<p class=\"fr-summary__title\" id=\"sommaire-titre\">").Text(html.T("Jeux de données", "Datasets")).Raw("</p><ol>");
        foreach (var summary in datasets)
        {
            html.Raw($"<li><a class=\"fr-summary__link\" href=\"#{PageText.Encode(summary.Dataset.Id)}\">").Text(summary.Dataset.Title.In(culture)).Raw("</a></li>");
        }

        html.Raw("</ol></nav>");
        foreach (var summary in datasets)
        {
            DatasetSection.Write(html, summary, attribution(summary));
        }

        html.Raw("</div></main>");
        Footer(html, site);
        html.Raw("</body></html>");
        return html.ToString();
    }

    private static void Introduction(PageText html, LocalizedText publisher)
    {
        html.Raw("<p class=\"fr-text--lead\">").Text(html.T(
                "Croissance Connectée publie en données ouvertes les contenus de son site : l'annuaire des acteurs du réseau, les événements, les témoignages, les aides, les ressources et les indicateurs du programme, ainsi que les moyennes anonymes de l'autodiagnostic. Les fichiers suivent chaque publication ; ceux de l'autodiagnostic, les nouvelles réponses.",
                "Croissance Connectée publishes its site's content as open data: the directory of network actors, events, success stories, aid schemes, resources and the programme's indicators, and the self-diagnostic's anonymous averages. The files follow every publication; the self-diagnostic's, new answers."))
            .Raw("</p>")
            .Raw("<div class=\"fr-callout\"><h2 class=\"fr-callout__title\">").Text(html.T("Licence et attribution", "Licence and attribution")).Raw("</h2>")
            .Raw("<p class=\"fr-callout__text\">").Text(html.T("Toutes les données sont publiées sous ", "All data is published under the "))
            .Raw($"<a href=\"{OpenLicence.Url}\" hreflang=\"fr\">").Text(OpenLicence.Name).Raw("</a>")
            .Text(html.T(
                ". Vous pouvez les réutiliser librement, y compris commercialement, en mentionnant leur source et la date de leur dernière mise à jour, par exemple : ",
                ". You may reuse it freely, commercially too, provided you credit its source and the date of its last update, for example: "))
            .Raw("<q>").Text(publisher.In(html.Culture)).Raw("</q>.</p></div>")
            .Raw("<h2 class=\"fr-mt-6w\">").Text(html.T("Formats", "Formats")).Raw("</h2><ul>")
            .Raw("<li>").Text(html.T(
                "CSV : UTF-8 sans marque d'ordre d'octets, séparateur virgule, une ligne d'en-tête avec les noms de colonnes documentés ci-dessous, qui ne changent pas.",
                "CSV: UTF-8 without a byte-order mark, comma separator, one header row with the column names documented below, which do not change.")).Raw("</li>")
            .Raw("<li>").Text(html.T(
                "JSON : les mêmes colonnes, une entrée par ligne dans « items », précédées du titre, de la licence, de l'attribution, de la date de mise à jour et du nombre de lignes.",
                "JSON: the same columns, one entry per row in \"items\", after the title, licence, attribution, last update and row count.")).Raw("</li>")
            .Raw("<li>").Text(html.T(
                "Les textes sont donnés dans chaque langue du site, dans des colonnes suffixées _fr et _en ; une colonne vide signifie que le contenu n'existe pas dans cette langue ou n'est pas renseigné.",
                "Texts are given in each language of the site, in columns suffixed _fr and _en; an empty cell means the content does not exist in that language or is not filled in.")).Raw("</li>")
            .Raw("<li>").Text(html.T(
                "Les listes de valeurs sont séparées par | en CSV et sont des tableaux en JSON ; les dates suivent la norme ISO 8601 ; id est l'identifiant stable de chaque fiche.",
                "Lists of values are separated by | in CSV and are arrays in JSON; dates follow ISO 8601; id is each entry's stable identifier.")).Raw("</li>")
            .Raw("<li>").Text(html.T(
                "Les connecteurs bénévoles sont des personnes privées : leur nom, leur présentation et leurs coordonnées ne sont jamais publiés ici ; seuls leur catégorie, leurs spécialités et leur territoire le sont. Les fiches marquées is_example sont des exemples fictifs.",
                "Volunteer connectors are private persons: their name, presentation and contact details are never published here; only their kind, specialties and area are. Entries flagged is_example are fictional examples.")).Raw("</li>")
            .Raw("<li>").Text(html.T("Le catalogue au format DCAT-AP (JSON-LD), pour data.gouv.fr et les autres portails : ", "The catalogue in DCAT-AP (JSON-LD), for data.gouv.fr and other portals: "))
            .Raw($"<a href=\"{OpenDataEndpoints.CatalogPath}\">").Text(OpenDataEndpoints.CatalogPath).Raw("</a>.</li>")
            .Raw("</ul>");
    }

    private static void Header(PageText html, string site, string other)
    {
        html.Raw("<div class=\"fr-skiplinks\"><nav class=\"fr-container\" role=\"navigation\" aria-label=\"").Text(html.T("Accès rapide", "Quick access"))
            .Raw("\"><ul class=\"fr-skiplinks__list\"><li><a class=\"fr-link\" href=\"#contenu\">").Text(html.T("Contenu", "Content"))
            .Raw("</a></li><li><a class=\"fr-link\" href=\"#pied-de-page\">").Text(html.T("Pied de page", "Footer")).Raw("</a></li></ul></nav></div>")
            .Raw("<header role=\"banner\" class=\"fr-header\"><div class=\"fr-header__body\"><div class=\"fr-container\"><div class=\"fr-header__body-row\">")
            .Raw("<div class=\"fr-header__brand fr-enlarge-link\"><div class=\"fr-header__brand-top\"><div class=\"fr-header__logo\">")
            // The State's official block is French wording in every language.
            .Raw("<p class=\"fr-logo\" lang=\"fr\">République<br />Française</p></div></div>")
            .Raw($"<div class=\"fr-header__service\"><a href=\"/{html.Culture}\" title=\"").Text(html.T($"Accueil - {site}", $"Home - {site}")).Raw("\">")
            .Raw("<p class=\"fr-header__service-title\">").Text(site).Raw("</p></a></div></div>")
            .Raw("<div class=\"fr-header__tools\"><div class=\"fr-header__tools-links\"><ul class=\"fr-btns-group\"><li>")
            .Raw($"<a class=\"fr-btn fr-icon-translate-2\" href=\"{OpenDataEndpoints.PagePath}?lang={other}\" hreflang=\"{other}\" lang=\"{other}\">")
            .Text(other == "en" ? "English" : "Français").Raw("</a></li></ul></div></div>")
            .Raw("</div></div></div></header>");
    }

    private static void Footer(PageText html, string site) =>
        html.Raw("<footer class=\"fr-footer\" role=\"contentinfo\" id=\"pied-de-page\"><div class=\"fr-container\"><div class=\"fr-footer__body\">")
            .Raw($"<div class=\"fr-footer__brand fr-enlarge-link\"><a href=\"/{html.Culture}\" title=\"").Text(html.T($"Retour à l’accueil du site - {site}", $"Back to the home page - {site}"))
            .Raw("\"><p class=\"fr-logo\" lang=\"fr\">République<br />Française</p></a></div>")
            .Raw("<div class=\"fr-footer__content\"><p class=\"fr-footer__content-desc\">")
            .Text(html.T("Sauf mention contraire, les données de cette page sont publiées sous ", "Unless stated otherwise, the data on this page is published under the "))
            .Raw($"<a href=\"{OpenLicence.Url}\" hreflang=\"fr\">").Text(OpenLicence.Name).Raw("</a>.</p></div></div></div></footer>");
}
