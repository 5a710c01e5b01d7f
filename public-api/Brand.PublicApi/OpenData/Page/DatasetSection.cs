using System.Globalization;
using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.OpenData.Datasets;
using Brand.PublicApi.OpenData.Versions;

namespace Brand.PublicApi.OpenData.Page;

/// <summary>One dataset on the page: what it is, its facts, its downloads and the documentation of its columns.</summary>
internal static class DatasetSection
{
    public static void Write(PageText html, DatasetSummary summary, string attribution)
    {
        var dataset = summary.Dataset;
        var title = dataset.Title.In(html.Culture);
        var id = PageText.Encode(dataset.Id);
        html.Raw($"<section class=\"fr-mt-8w\" id=\"{id}\" aria-labelledby=\"{id}-titre\">")
            .Raw($"<h2 id=\"{id}-titre\">").Text(title).Raw("</h2>")
            .Raw("<p>").Text(dataset.Description.In(html.Culture)).Raw("</p>")
            .Raw("<ul>")
            .Raw("<li>").Text(html.T("Lignes : ", "Rows: ")).Text(summary.Version.Rows.ToString("N0", html.Format)).Raw("</li>")
            .Raw("<li>").Text(html.T("Dernière mise à jour : ", "Last updated: "))
            .Raw($"<time datetime=\"{summary.Version.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">").Text(html.Date(summary.Version.Updated)).Raw("</time></li>")
            .Raw("<li>").Text(html.T("Licence : ", "Licence: "))
            .Raw($"<a href=\"{OpenLicence.Url}\" hreflang=\"fr\">").Text(OpenLicence.Name).Raw("</a></li>")
            .Raw("<li>").Text(html.T("Attribution : ", "Attribution: ")).Text(attribution).Raw("</li>")
            .Raw("</ul>")
            .Raw("<ul class=\"fr-raw-list fr-my-3w\">");
        Download(html, dataset, "csv", "CSV", summary.CsvSize, title);
        Download(html, dataset, "json", "JSON", summary.JsonSize, title);
        html.Raw("</ul>");
        Columns(html, dataset, title);
        html.Raw("</section>");
    }

    private static void Download(PageText html, IDataset dataset, string extension, string format, long size, string title) =>
        html.Raw("<li class=\"fr-mb-2w\">")
            .Raw($"<a class=\"fr-link fr-link--download\" download=\"croissance-connectee-{PageText.Encode(dataset.Id)}.{extension}\" href=\"{OpenDataEndpoints.PagePath}{PageText.Encode(dataset.Id)}.{extension}\">")
            .Text(html.T($"Télécharger « {title} » en {format}", $"Download \"{title}\" as {format}"))
            .Raw("<span class=\"fr-link__detail\">").Text($"{format} – {html.Size(size)}").Raw("</span></a>")
            .Raw("</li>");

    private static void Columns(PageText html, IDataset dataset, string title)
    {
        html.Raw("<div class=\"fr-table fr-table--no-scroll\"><div class=\"fr-table__wrapper\"><div class=\"fr-table__container\"><div class=\"fr-table__content\"><table>")
            .Raw("<caption>").Text(html.T($"Colonnes de « {title} » (identiques en CSV et en JSON)", $"Columns of \"{title}\" (the same in CSV and JSON)")).Raw("</caption>")
            .Raw("<thead><tr>")
            .Raw("<th scope=\"col\">").Text(html.T("Colonne", "Column")).Raw("</th>")
            .Raw("<th scope=\"col\">").Text("Type").Raw("</th>")
            .Raw("<th scope=\"col\">").Text("Description").Raw("</th>")
            .Raw("</tr></thead><tbody>");
        foreach (var column in dataset.Columns)
        {
            html.Raw("<tr><th scope=\"row\"><code>").Text(column.Name).Raw("</code></th>")
                .Raw("<td>").Text(TypeName(html, column.Type)).Raw("</td>")
                .Raw("<td>").Text(column.Description.In(html.Culture));
            if (column.PersonalData)
            {
                html.Raw("<br />").Text(html.T(
                    "Laissé vide lorsqu'il s'agit d'un connecteur bénévole, personne privée (donnée personnelle).",
                    "Left empty when it concerns a volunteer connector, a private person (personal data)."));
            }

            if (column.Values.Count > 0)
            {
                html.Raw("<br />").Text(html.T("Valeurs : ", "Values: "))
                    .Text(string.Join(", ", column.Values.Select(v => $"{v.Value} ({v.Label.In(html.Culture)})")));
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div></div></div></div>");
    }

    private static string TypeName(PageText html, ColumnType type) => type switch
    {
        ColumnType.Uuid => html.T("identifiant (UUID)", "identifier (UUID)"),
        ColumnType.UuidList => html.T("liste d'identifiants (UUID)", "list of identifiers (UUID)"),
        ColumnType.Text => html.T("texte", "text"),
        ColumnType.PageUrl => html.T("URL d'une page du site", "URL of a page of the site"),
        ColumnType.Url => "URL",
        ColumnType.Email => html.T("courriel", "email"),
        ColumnType.Phone => html.T("téléphone", "phone"),
        ColumnType.Code => "code",
        ColumnType.CodeList => html.T("liste de codes", "list of codes"),
        ColumnType.Boolean => html.T("booléen (true, false)", "boolean (true, false)"),
        ColumnType.Integer => html.T("nombre entier", "integer"),
        ColumnType.Decimal => html.T("nombre décimal", "decimal number"),
        ColumnType.Date => html.T("date (AAAA-MM-JJ)", "date (YYYY-MM-DD)"),
        ColumnType.DateTime => html.T("date et heure (ISO 8601)", "date and time (ISO 8601)"),
        _ => type.ToString(),
    };
}
