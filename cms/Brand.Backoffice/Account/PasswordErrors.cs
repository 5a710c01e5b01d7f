using Microsoft.AspNetCore.Identity;

namespace Brand.Backoffice.Account;

/// <summary>Sorts Identity's errors by the field they belong next to.</summary>
public static class PasswordErrors
{
    public static bool IsAboutNewPassword(IdentityError error) => error.Code.StartsWith("Password", StringComparison.Ordinal)
        && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch);

    /// <summary>The rules, said before anyone types: the same ones Identity checks.</summary>
    public const string Hint = "Au moins 12 caractères, dont une majuscule, une minuscule et un chiffre. Une phrase de passe est idéale.";
}
