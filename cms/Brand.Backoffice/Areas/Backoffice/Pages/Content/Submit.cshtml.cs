using System.Security.Claims;
using System.Text.Json;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>A Writer asks an Editor to publish the draft: which cultures, and a message for the reviewer.</summary>
public sealed class SubmitModel(ContentQueries queries, ContentModel model, ContentValidator validator, ReviewService reviews) : BackofficePage
{
    public const int MessageMaxLength = 2000;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The culture codes to publish (checkboxes, repeated field "Cultures").</summary>
    [BindProperty]
    public List<string> Cultures { get; set; } = [];

    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The draft version the form showed: the one submitted.</summary>
    [BindProperty]
    public int Version { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public string Name => ReviewLabels.ItemName(Item.Id, Item.Draft);

    /// <summary>Cultures the draft has a name in and the user may submit.</summary>
    public IReadOnlyList<string> Available { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the draft cannot be published yet, per culture (the Editor could not approve it).</summary>
    public List<string> DraftProblems { get; } = [];

    public string? Conflict { get; private set; }

    /// <param name="culture">The culture the editor was showing: preselected alone when given.</param>
    public async Task<IActionResult> OnGetAsync(string? culture)
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        Version = Item.Version;
        Cultures = culture is not null && Available.Contains(culture) ? [culture] : [.. Available];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        Cultures = Cultures.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).ToList();
        if (Cultures.Count == 0)
        {
            Errors["Cultures"] = "Choisissez au moins une langue à publier.";
        }
        else if (Cultures.FirstOrDefault(c => !Available.Contains(c)) is { } other)
        {
            Errors["Cultures"] = $"Le brouillon n'a pas de version {ReviewLabels.Culture(other)} que vous puissiez soumettre.";
        }

        if (Message?.Length > MessageMaxLength)
        {
            Errors["Message"] = $"Le message ne doit pas dépasser {MessageMaxLength} caractères (il en compte {Message.Length}).";
        }

        if (Errors.Count == 0)
        {
            var type = model.RequiredType(Item.ContentType);
            foreach (var culture in Cultures)
            {
                DraftProblems.AddRange(validator.ForPublish(type, Item.Draft, culture).Select(e => Describe(type, e, culture)));
            }
        }

        if (Errors.Count > 0 || DraftProblems.Count > 0)
        {
            await Audit.RecordAsync(HttpContext, "review.submit", Target, AuditOutcome.Failed, string.Join("; ", Errors.Values.Concat(DraftProblems)));
            return Page();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var result = await reviews.SubmitAsync(Item, Version, Cultures, Message, userId, Actor);
        if (!result.Succeeded)
        {
            await Audit.RecordAsync(HttpContext, "review.submit", Target, AuditOutcome.Failed, result.Message);
            Conflict = result.Message;
            Version = Item.Version; // what they now see is what a new submission will send
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var request = result.Value!;
        await Audit.RecordAsync(HttpContext, "review.submit", Target, AuditOutcome.Succeeded, $"review:{request.Id}",
            after: JsonSerializer.Serialize(new { request.Id, request.Version, request.Cultures, request.Message }));
        Flash = "Votre demande de relecture est envoyée : un éditeur va la traiter. Vous verrez sa décision sur votre tableau de bord.";
        return Redirect($"/backoffice/review/{request.Id}");
    }

    private string Target => $"content:{Id}";

    private async Task<IActionResult?> LoadAsync()
    {
        if (await queries.GetAsync(Id) is not { Trashed: false } item)
        {
            return NotFound();
        }

        Item = item;
        if (await RefuseUnlessAsync(BackofficeAction.ContentSubmitForReview, Target, item.ContentType) is { } refused)
        {
            return refused;
        }

        var scope = Permissions.EditableCultures(User);
        Available = model.Cultures.Codes.Where(c => item.Draft.Names.ContainsKey(c) && scope.Allows(c)).ToList();
        return null;
    }

    private static string Describe(DocumentType type, PropertyError error, string culture)
    {
        var field = error.Property == "name" ? "Nom" : type.Property(error.Property)?.Label.In("fr") ?? error.Property;
        var why = error.Code == "required" ? "est obligatoire" : error.Message;
        return $"{ReviewLabels.Culture(culture)} – {field} {why}";
    }
}
