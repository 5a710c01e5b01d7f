namespace Brand.PublicApi.Indicators;

/// <summary>
/// One open indicator of the programme, in one culture: a key figure of the home page (with its own source)
/// or a live count of the published content.
/// </summary>
/// <param name="Id">Stable identifier, the same in every culture: "actors.kind.labelledConnector", "key-figure.{block key}".</param>
/// <param name="Label">What is measured, in the requested culture.</param>
/// <param name="Value">
/// The number, when there is one: counts, "15,8 %" as 15.8 (unit "%"), "2 sur 3" as 0.6667 (unit "ratio").
/// Null for a key figure whose wording is not a number; <paramref name="DisplayValue"/> always has it as written.
/// </param>
/// <param name="DisplayValue">The value as a reader of the culture reads it: "1 234", "2 sur 3", "15.8%".</param>
/// <param name="Unit">"count", "%", "ratio", or "" when the value is not a number.</param>
/// <param name="Date">
/// ISO 8601, as precise as the source: the day of a live count ("2026-11-23", Paris time), the reference year
/// of a key figure ("2015"), or null when the source does not say.
/// </param>
/// <param name="Source">Who measured it: the originating body of a key figure, or this site for a count.</param>
/// <param name="SourceUrl">Where to check: absolute for a key figure's source; a site path ("/fr/annuaire") for a count.</param>
/// <param name="Note">Caveats for reading the figure, when the editors gave some.</param>
public sealed record Indicator(
    string Id,
    string Label,
    decimal? Value,
    string DisplayValue,
    string Unit,
    string? Date,
    string Source,
    string? SourceUrl,
    string? Note);
