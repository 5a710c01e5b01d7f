using System.Globalization;
using Brand.Cms.Core;
using Brand.Cms.Core.Content;

namespace Brand.Backoffice.Review;

/// <summary>How the French UI and the mails name a request's state, an item, a culture and a moment.</summary>
public static class ReviewLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>An item's name as the team knows it: French first, else any culture's, else its number.</summary>
    public static string ItemName(int id, DocumentData? data) =>
        data?.Names.GetValueOrDefault("fr") ?? data?.Names.Values.FirstOrDefault() ?? $"Contenu n° {id}";

    /// <summary>A stored UTC time as read in Paris: "24/11/2026 15:04".</summary>
    public static string ParisTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ParisCalendar.Zone).ToString("dd/MM/yyyy HH:mm", French);

    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "en attente",
        ReviewStatus.Approved => "approuvée et publiée",
        ReviewStatus.SentBack => "renvoyée à l'auteur",
        ReviewStatus.Withdrawn => "retirée par l'auteur",
        _ => status.ToString(),
    };

    /// <summary>The DSFR badge of a state.</summary>
    public static string Badge(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "fr-badge--new",
        ReviewStatus.Approved => "fr-badge--success",
        ReviewStatus.SentBack => "fr-badge--warning",
        _ => "",
    };

    /// <summary>"fr, en" → "français, anglais".</summary>
    public static string Cultures(string codes) =>
        string.Join(", ", codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Culture));

    public static string Culture(string code) => code switch
    {
        "fr" => "français",
        "en" => "anglais",
        "" => "toutes langues",
        _ => code,
    };
}
