namespace Brand.Backoffice.Users;

/// <summary>The roles fieldset of the create and edit pages (Users/_RoleChoice.cshtml): what is checked, and its errors.</summary>
public sealed record RoleChoiceView(IReadOnlyCollection<string> Checked, string[]? Errors);
