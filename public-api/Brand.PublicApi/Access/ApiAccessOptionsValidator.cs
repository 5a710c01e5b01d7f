using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.Access;

/// <summary>
/// Checks each partner key entry at start-up, naming it by its configuration key. ValidateDataAnnotations
/// alone does not look inside the PartnerKeys list, so a mistyped hash would start a site that refuses the
/// partner's key; and two entries with one hash would fail every keyed request, not the start-up.
/// </summary>
public sealed class ApiAccessOptionsValidator : IValidateOptions<ApiAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiAccessOptions options)
    {
        var failures = new List<string>();
        var firstWithHash = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.PartnerKeys.Count; i++)
        {
            var entry = options.PartnerKeys[i];
            var key = $"{ApiAccessOptions.Section}:PartnerKeys:{i}";
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(entry, new ValidationContext(entry), errors, validateAllProperties: true))
            {
                failures.AddRange(errors.Select(e => $"{key}:{e.MemberNames.FirstOrDefault()} (partner '{entry.Partner}'): {e.ErrorMessage}"));
            }
            else if (!firstWithHash.TryAdd(entry.Sha256, i))
            {
                failures.Add($"{key}:Sha256 (partner '{entry.Partner}'): the same hash as {ApiAccessOptions.Section}:PartnerKeys:{firstWithHash[entry.Sha256]}; remove the duplicate, or give each partner its own key (api-key command).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
