using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.Security;
using Brand.Backoffice.Users;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Users;

/// <summary>Inviting a person: the account is created without a password and an e-mail lets them choose one.</summary>
public sealed class NewModel(UserAdministration administration) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string[] ErrorsOf(string field) => Errors.GetValueOrDefault(field) ?? [];

    public async Task<IActionResult> OnGetAsync() =>
        await RefuseUnlessAsync(BackofficeAction.UsersManage, "user:new") ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.UsersManage, "user:new") is { } refused)
        {
            return refused;
        }

        var result = await administration.CreateAsync(HttpContext, Email, DisplayName, Roles);
        if (result.Status != UserChangeStatus.Done)
        {
            Errors = result.Errors ?? new Dictionary<string, string[]>();
            return Page();
        }

        Flash = $"Le compte de {result.User!.DisplayName} est créé : une invitation à choisir son mot de passe a été envoyée à {result.User.Email}.";
        return Redirect($"{BackofficeExtensions.Path}/users/{result.User.Id}");
    }
}
