namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>The "Programmer" form of the editor as typed: action ("publish"/"unpublish"), culture, Paris date-time.</summary>
public sealed record ScheduleRequest(string? Action, string? Culture, string At);
