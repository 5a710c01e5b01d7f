using Brand.Backoffice.Content;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>What the _ParentChoice partial shows: where an item may go.</summary>
public sealed record ParentChoice(string Legend, string FieldName, bool AllowedAtRoot, IReadOnlyList<ContentRow> Parents, int? Selected, bool SelectRoot = false, string? Error = null);
