using Brand.Cms.Core;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.Rendering;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>The result page's sentences about when things happened, in Paris time.</summary>
public static class ResultDates
{
    /// <summary>Stored in UTC; the database may give the date back without its kind.</summary>
    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    /// <summary>"Demande envoyée le 24 novembre 2026 à Exemple — Atelier Numérique Rennais".</summary>
    public static string Sent(ThemeContext theme, ContactRequest request)
    {
        var day = theme.Format.Date(ParisCalendar.DateOf(Utc(request.CreatedAt)));
        return theme.T($"Demande envoyée le {day} à {request.ActorName}", $"Request sent on {day} to {request.ActorName}");
    }
}
