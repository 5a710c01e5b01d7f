using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Security;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Users;

/// <summary>One account: its roles, and disable/enable, unlock, reset two-factor.</summary>
public sealed class EditModel(UserAdministration administration, TimeProvider clock) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public BackofficeUser Person { get; private set; } = null!;
    public bool LockedOut { get; private set; }
    public string[]? RolesErrors { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.UsersManage, $"user:{Id}") is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Roles = [.. await administration.RolesOfAsync(Person)];
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.UsersManage, $"user:{Id}") is { } refused)
        {
            return refused;
        }

        var result = await administration.SetRolesAsync(HttpContext, Id, Roles);
        if (result.Status == UserChangeStatus.Invalid)
        {
            RolesErrors = result.Errors!["Roles"];
            return await LoadAsync() ? Page() : NotFound();
        }

        return Done(result, "Les rôles sont enregistrés ; ils s'appliquent dès la prochaine page de la personne.",
            "Vous ne pouvez pas retirer votre propre rôle Administrateur : demandez-le à un autre administrateur.");
    }

    public async Task<IActionResult> OnPostDisableAsync() => await ChangeAsync(
        () => administration.SetDisabledAsync(HttpContext, Id, disabled: true),
        "Le compte est désactivé : la personne ne peut plus se connecter et ses sessions sont fermées.",
        "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");

    public async Task<IActionResult> OnPostEnableAsync() => await ChangeAsync(
        () => administration.SetDisabledAsync(HttpContext, Id, disabled: false), "Le compte est réactivé.");

    public async Task<IActionResult> OnPostUnlockAsync() => await ChangeAsync(
        () => administration.UnlockAsync(HttpContext, Id), "Le compte est déverrouillé.");

    public async Task<IActionResult> OnPostResetTwoFactorAsync() => await ChangeAsync(
        () => administration.ResetTwoFactorAsync(HttpContext, Id),
        "La double authentification est réinitialisée : la personne se connecte avec son seul mot de passe et peut la réactiver.");

    private async Task<IActionResult> ChangeAsync(Func<Task<UserChange>> change, string done, string? notOnYourself = null)
    {
        if (await RefuseUnlessAsync(BackofficeAction.UsersManage, $"user:{Id}") is { } refused)
        {
            return refused;
        }

        return Done(await change(), done, notOnYourself);
    }

    private IActionResult Done(UserChange result, string done, string? notOnYourself)
    {
        switch (result.Status)
        {
            case UserChangeStatus.NotFound:
                return NotFound();
            case UserChangeStatus.NotOnYourself:
                FlashError = notOnYourself;
                break;
            default:
                Flash = done;
                break;
        }

        return Redirect($"{BackofficeExtensions.Path}/users/{Uri.EscapeDataString(Id)}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await administration.FindAsync(Id) is not { } person)
        {
            return false;
        }

        Person = person;
        LockedOut = person.LockoutEnd > clock.GetUtcNow();
        return true;
    }
}
