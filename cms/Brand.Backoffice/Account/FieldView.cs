namespace Brand.Backoffice.Account;

/// <summary>
/// One DSFR text input with its label, hint and error messages (rendered by Account/_Field.cshtml), so each
/// form shows errors next to the field the same way. A password field never gets its value back.
/// </summary>
public sealed record FieldView(string Name, string Label, IReadOnlyList<string> Errors, string Type = "text",
    string? Value = null, string? Autocomplete = null, string? Hint = null)
{
    public string Id => Name.Replace('.', '_');
    public string ErrorId => Id + "-error";
}
