using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// The field people never see nor fill in, on every public form (Pages/Shared/_Honeypot): a value there
/// means a robot filled the form, and the post is refused without storing or sending anything.
/// </summary>
public static class Honeypot
{
    public const string Field = "website";

    public static bool IsFilled(IFormCollection form) => !string.IsNullOrWhiteSpace(form[Field]);
}
