using System.Globalization;

namespace Brand.Cms.StaticExport;

/// <summary>
/// What the mirror adds to every page, in the page's language: the DSFR notice that this is the emergency
/// copy of a given date, the alert above each form (which cannot be sent to a static host), and the
/// directory's links by region (its filter form replaced by pages).
/// </summary>
public sealed class MirrorNotices
{
    private readonly string _dateFr;
    private readonly string _dateEn;

    public MirrorNotices(DateTimeOffset takenAt)
    {
        // The mission is in Paris: the date visitors read is Paris time, said so.
        var paris = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? TimeZoneInfo.ConvertTime(takenAt, zone) : takenAt;
        var zoneFr = zone is null ? "UTC" : "heure de Paris";
        var zoneEn = zone is null ? "UTC" : "Paris time";
        _dateFr = paris.ToString("d MMMM yyyy 'à' H 'h' mm", CultureInfo.GetCultureInfo("fr-FR")) + $" ({zoneFr})";
        _dateEn = paris.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")) + $" ({zoneEn})";
    }

    /// <summary>The DSFR "important information" notice, placed above the header.</summary>
    public string Banner(bool french) => french
        ? Notice("Copie de secours du site", $"Cette version statique a été enregistrée le {_dateFr}. Les formulaires, la recherche et les filtres n’y fonctionnent pas ; le site complet revient dès que possible.")
        : Notice("Emergency copy of the site", $"This static version was saved on {_dateEn}. Forms, search and filters do not work on it; the full site will be back as soon as possible.");

    /// <summary>Above a form: why it cannot be sent (its fields are disabled).</summary>
    public static string FormAlert(bool french) =>
        "<div class=\"fr-alert fr-alert--warning fr-alert--sm fr-mb-2w cc-mirror-alert\"><p>"
        + (french
            ? "Ce formulaire ne fonctionne pas sur la copie de secours du site. Il sera de nouveau disponible quand le site complet sera rétabli."
            : "This form does not work on the emergency copy of the site. It will be available again once the full site is back.")
        + "</p></div>";

    /// <summary>Wraps a form's fields so that none can be used or sent, without JavaScript.</summary>
    public const string DisabledOpen = "<fieldset disabled class=\"cc-mirror-disabled\" style=\"border:0;margin:0;padding:0;min-width:0\">";

    public const string DisabledClose = "</fieldset>";

    /// <summary>The directory by region: one link per region (its pre-rendered pages), the current one marked.</summary>
    public static string RegionLinks(bool french, string allHref, bool allCurrent, IEnumerable<(string Href, string Label, bool Current)> regions)
    {
        var html = new System.Text.StringBuilder(2048);
        html.Append("<nav class=\"fr-mb-4w cc-mirror-regions\" aria-labelledby=\"copie-regions-titre\"><h2 id=\"copie-regions-titre\" class=\"fr-h5\">")
            .Append(french ? "Acteurs par région" : "Actors by region")
            .Append("</h2><ul class=\"fr-tags-group\">");
        Link(html, allHref, french ? "Toutes les régions" : "All regions", allCurrent);
        foreach (var (href, label, current) in regions)
        {
            Link(html, href, label, current);
        }

        return html.Append("</ul></nav>").ToString();
    }

    private static void Link(System.Text.StringBuilder html, string href, string label, bool current) =>
        html.Append("<li><a class=\"fr-tag\" href=\"").Append(Html(href)).Append('"')
            .Append(current ? " aria-current=\"page\"" : "").Append('>').Append(Html(label)).Append("</a></li>");

    /// <summary>Escapes only what HTML needs: accented letters stay letters, as in the site's own pages.</summary>
    public static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Notice(string title, string description) =>
        "<div class=\"fr-notice fr-notice--info cc-mirror-notice\" id=\"copie-de-secours\"><div class=\"fr-container\"><div class=\"fr-notice__body\"><p>"
        + $"<span class=\"fr-notice__title\">{Html(title)}</span> "
        + $"<span class=\"fr-notice__desc\">{Html(description)}</span>"
        + "</p></div></div></div>";
}
