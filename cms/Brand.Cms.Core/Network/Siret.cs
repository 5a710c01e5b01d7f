namespace Brand.Cms.Core.Network;

/// <summary>
/// The SIRET number of an establishment: 14 digits (the 9 of the SIREN, then 5) whose Luhn checksum is
/// right. La Poste's establishments share one SIREN (356 000 000) and cannot all satisfy Luhn; INSEE numbers
/// them so that the sum of the digits is a multiple of 5 instead.
/// </summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    /// <summary>The 14 digits, without the spaces, dots or dashes people type ("123 456 789 00012"); null when that is not 14 digits.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new string(input.Where(c => c is not (' ' or '.' or '-' or '\u00a0' or '\u202f')).ToArray());
        return digits.Length == 14 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is { } digits && ChecksumHolds(digits);

    /// <summary>Why the value is not a SIRET, in the visitor's language; null when it is one.</summary>
    public static string? Problem(string? input, string culture)
    {
        var french = culture == "fr";
        if (Normalize(input) is not { } digits)
        {
            return french
                ? "Le numéro SIRET compte 14 chiffres (les 9 du SIREN puis 5), par exemple 732 829 320 00074."
                : "A SIRET number has 14 digits (the 9 of the SIREN, then 5), for example 732 829 320 00074.";
        }

        return ChecksumHolds(digits) ? null
            : french
                ? "Ce numéro SIRET n'existe pas : un chiffre est sans doute erroné. Vérifiez-le sur votre extrait Kbis ou sur l'avis de situation INSEE."
                : "This SIRET number does not exist: a digit is probably wrong. Check it on your Kbis extract or your INSEE registration notice.";
    }

    /// <summary>Spaced as printed on official documents: "732 829 320 00074".</summary>
    public static string Format(string digits) =>
        digits.Length == 14 ? $"{digits[..3]} {digits[3..6]} {digits[6..9]} {digits[9..]}" : digits;

    private static bool ChecksumHolds(string digits)
    {
        // La Poste's head office follows Luhn like everyone; its other establishments the rule of five.
        return Luhn(digits) || (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0);
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = digits[i] - '0';
            // From the right, every second digit is doubled: with 14 digits, those at even positions from the left.
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
