using Microsoft.AspNetCore.Identity;

namespace Brand.Backoffice.Account;

/// <summary>Identity's messages in French, for those a person can see next to a field.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur inattendue est survenue.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Le mot de passe actuel est incorrect.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien n'est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Ce code de secours n'est pas valable.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'adresse électronique « {email} » n'est pas valide.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"L'adresse électronique « {userName} » n'est pas valide comme identifiant.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Un compte existe déjà avec l'adresse « {email} ».");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Un compte existe déjà avec l'adresse « {userName} ».");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Le compte a déjà le rôle {role}.");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Le compte n'a pas le rôle {role}.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit comporter au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit comporter au moins un caractère spécial.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit comporter au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit comporter au moins une minuscule.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit comporter au moins une majuscule.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
