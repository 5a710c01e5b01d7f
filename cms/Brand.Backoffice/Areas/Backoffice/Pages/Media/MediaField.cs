namespace Brand.Backoffice.Areas.Backoffice.Pages.Media;

/// <summary>What the _MediaField partial draws: one labelled input with its hint and its error message.</summary>
public sealed record MediaField(string Id, string Name, string Label, string? Value, string? Error, string? Hint = null,
    bool Required = false, bool Multiline = false, int MaxLength = 200, string? Lang = null);
