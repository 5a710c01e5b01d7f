using Brand.Cms.Core;
using System.Globalization;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// Dates, times, amounts and choice labels as a reader of one culture expects them. Times are stored in UTC
/// and shown in Paris time, or in the overseas department's own time for an event held there, always named.
/// </summary>
public sealed class ThemeFormat(string culture)
{
    public static readonly TimeZoneInfo Paris = ParisCalendar.Zone;

    // Overseas departments are hours away from Paris: an on-site event there is announced in local time.
    private static readonly Dictionary<string, (string Zone, string Fr, string En)> _overseas = new(StringComparer.Ordinal)
    {
        ["971"] = ("America/Guadeloupe", "heure de la Guadeloupe", "Guadeloupe time"),
        ["972"] = ("America/Martinique", "heure de la Martinique", "Martinique time"),
        ["973"] = ("America/Cayenne", "heure de la Guyane", "French Guiana time"),
        ["974"] = ("Indian/Reunion", "heure de La Réunion", "Réunion time"),
        ["976"] = ("Indian/Mayotte", "heure de Mayotte", "Mayotte time"),
    };

    public string Culture { get; } = culture;

    public bool IsFrench => Culture == "fr";

    public CultureInfo CultureInfo { get; } = CultureInfo.GetCultureInfo(culture == "fr" ? "fr-FR" : "en-GB");

    /// <summary>"1er octobre 2026" / "1 October 2026".</summary>
    public string Date(DateOnly date) =>
        IsFrench && date.Day == 1
            ? "1er " + date.ToString("MMMM yyyy", CultureInfo)
            : date.ToString("d MMMM yyyy", CultureInfo);

    public string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public string DayAndDate(DateTimeOffset moment, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        return local.ToString("dddd ", CultureInfo) + Date(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>"14 h 30" / "14:30".</summary>
    public string Time(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString(IsFrench ? "H' h 'mm" : "HH:mm", CultureInfo);

    /// <summary>"mardi 13 octobre 2026, de 14 h 00 à 15 h 00" or, across days, "du … au …".</summary>
    public string Range(DateTimeOffset start, DateTimeOffset? end, TimeZoneInfo zone)
    {
        var from = $"{DayAndDate(start, zone)}, {Time(start, zone)}";
        if (end is not { } stop || stop <= start)
        {
            return IsFrench ? $"{DayAndDate(start, zone)} à {Time(start, zone)}" : from;
        }

        var sameDay = TimeZoneInfo.ConvertTime(start, zone).Date == TimeZoneInfo.ConvertTime(stop, zone).Date;
        if (sameDay)
        {
            return IsFrench
                ? $"{DayAndDate(start, zone)}, de {Time(start, zone)} à {Time(stop, zone)}"
                : $"{DayAndDate(start, zone)}, {Time(start, zone)} to {Time(stop, zone)}";
        }

        var to = $"{DayAndDate(stop, zone)}, {Time(stop, zone)}";
        return IsFrench ? $"du {from} au {to}" : $"from {from} to {to}";
    }

    /// <summary>Paris, unless an on-site or hybrid event is held in an overseas department.</summary>
    public static TimeZoneInfo EventZone(PublishedContent item) =>
        item.Value<string>("eventMode") != "online" && item.Value<string>("department") is { } dept && _overseas.TryGetValue(dept, out var o)
            ? TimeZoneInfo.FindSystemTimeZoneById(o.Zone)
            : Paris;

    public string ZoneName(TimeZoneInfo zone)
    {
        foreach (var (_, o) in _overseas)
        {
            if (o.Zone == zone.Id)
            {
                return IsFrench ? o.Fr : o.En;
            }
        }

        return IsFrench ? "heure de Paris" : "Paris time";
    }

    /// <summary>Euros in both cultures: "5 000 €" / "€5,000".</summary>
    public string Money(decimal amount)
    {
        var numbers = (NumberFormatInfo)CultureInfo.NumberFormat.Clone();
        numbers.CurrencySymbol = "€";
        return amount.ToString(amount == decimal.Truncate(amount) ? "C0" : "C2", numbers);
    }

    public string Number(long value) => value.ToString("N0", CultureInfo);

    /// <summary>The label of a property as configured, in this culture.</summary>
    public string Label(DocumentType type, string alias) => type.Property(alias)?.Label.In(Culture) ?? alias;

    /// <summary>The label of a stored choice value; the value itself when the option was removed since.</summary>
    public string Option(PropertyType? property, string value) =>
        property?.OptionLabel(value, Culture) ?? value;

    public string? Option(PublishedContent item, string alias) =>
        item.Value<string>(alias) is { } value ? Option(item.Type.Property(alias), value) : null;

    public IReadOnlyList<string> Options(PublishedContent item, string alias) =>
        item.Value<string[]>(alias) is { } values ? values.Select(v => Option(item.Type.Property(alias), v)).ToList() : [];

    /// <summary>The options of a choice property, in configured order, as (value, label) pairs for a filter.</summary>
    public IReadOnlyList<(string Value, string Label)> Choices(DocumentType? type, string alias) =>
        type?.Property(alias)?.Options.Select(o => (o.Value, o.Label.In(Culture))).ToList() ?? [];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>fr_FR / en_GB, as Open Graph wants locales.</summary>
    public static string OpenGraphLocale(string culture) => culture == "fr" ? "fr_FR" : "en_GB";
}
