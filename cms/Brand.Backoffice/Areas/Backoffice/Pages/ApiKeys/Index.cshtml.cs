using System.ComponentModel.DataAnnotations;
using Brand.Backoffice.ApiKeys;
using Brand.Backoffice.Security;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.ApiKeys;

/// <summary>Partner API keys: create (the key is shown once, on the answer to the POST), list, revoke.</summary>
public sealed class IndexModel(ApiKeyService keys) : BackofficePage
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Label { get; set; } = "";

    public string? LabelError { get; private set; }

    /// <summary>The key just created: in this answer only, never stored, never redirected through a cookie.</summary>
    public CreatedApiKey? Created { get; private set; }

    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ApiKeysManage, "apikeys") is { } refused)
        {
            return refused;
        }

        Keys = await keys.ListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.ApiKeysManage, "apikey:new") is { } refused)
        {
            return refused;
        }

        Label = Label.Trim();
        LabelError = Label.Length switch
        {
            0 => "Indiquez le partenaire à qui la clé est destinée, par exemple « Région Bretagne ».",
            > ApiKeyService.LabelMaxLength => $"Le libellé ne doit pas dépasser {ApiKeyService.LabelMaxLength} caractères.",
            _ => null,
        };
        if (LabelError is null)
        {
            Created = await keys.CreateAsync(HttpContext, Label, Actor, HttpContext.RequestAborted);
            Label = "";
        }

        Keys = await keys.ListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        if (await RefuseUnlessAsync(BackofficeAction.ApiKeysManage, $"apikey:{id}") is { } refused)
        {
            return refused;
        }

        if (await keys.RevokeAsync(HttpContext, id, Actor, HttpContext.RequestAborted))
        {
            Flash = "La clé est révoquée : l'API publique la refuse dès maintenant.";
        }
        else
        {
            FlashError = "Cette clé n'existe pas ou était déjà révoquée.";
        }

        return RedirectToPage();
    }
}
