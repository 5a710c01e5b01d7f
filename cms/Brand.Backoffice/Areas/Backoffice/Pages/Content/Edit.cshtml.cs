using System.Globalization;
using System.Text.Json.Nodes;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Content;
using Brand.Backoffice.Security;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Content;

/// <summary>
/// The content editor, generated from the item's type: one section per property group, one culture at a time.
/// Every handler checks the permission for the item's type before acting and writes an audit entry; a form
/// refused for its values or for a conflict comes back with everything typed.
/// </summary>
public sealed partial class EditModel(ContentQueries queries, ContentEditor editor, PublishingService publishing, ContentScheduler scheduler,
    ContentModel model, CultureSet cultures, EditorFormReader reader, ContentListing listing, TimeProvider clock) : BackofficePage
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = EditorFields.Culture)]
    public string? Culture { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public DocumentType Type { get; private set; } = null!;
    public EditorFormView Form { get; private set; } = null!;
    public CultureSet Cultures => cultures;

    /// <summary>The version the form was loaded at: sent back with every save.</summary>
    public int Version { get; private set; }

    /// <summary>Who saved since the form was loaded; the "save my version over theirs" button carries <see cref="ConflictVersion"/>.</summary>
    public string? Conflict { get; private set; }

    public int? ConflictVersion { get; private set; }

    /// <summary>A failure that belongs to no field.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<ScheduledAction> Schedules { get; private set; } = [];

    /// <summary>The schedule form as typed, shown again with <see cref="ScheduleError"/> when refused.</summary>
    public ScheduleRequest Schedule { get; private set; } = new("publish", null, "");

    public string? ScheduleError { get; private set; }

    public IReadOnlyList<ContentRow> Ancestors { get; private set; } = [];

    public string CurrentCulture => cultures.Contains(Culture) ? Culture! : cultures.Default.Code;

    public string Target => $"content:{Id}";

    // For the handlers in the other files of this page (Edit.Schedule.cs): a primary constructor's parameters
    // are in scope in its own declaration only.
    private ContentScheduler Scheduler => scheduler;
    private TimeProvider Clock => clock;
    private CultureSet SiteCultures => cultures;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentRead, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        return await ShowAsync(Item.Draft, [], Item.Version);
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentSave, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        var (typed, expected, refusal) = await ReadTypedAsync("ContentSave");
        if (refusal is not null)
        {
            return refusal;
        }

        var saved = await SaveAsync(typed, expected);
        return saved.Succeeded ? Done("Brouillon enregistré.") : await ShowFailureAsync(saved.As<object>(), typed, expected);
    }

    /// <summary>
    /// Save and preview: saves what was typed (when it changed and the role may save), then opens the private
    /// preview link of that very version, so what is previewed is what was on the screen.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var version = Item.Version;
        if (Can(BackofficeAction.ContentSave, Item.ContentType))
        {
            var (typed, expected, refusal) = await ReadTypedAsync("ContentSave");
            if (refusal is not null)
            {
                return refusal;
            }

            if (typed.ToJson() != Item.Draft.ToJson())
            {
                var saved = await SaveAsync(typed, expected);
                if (!saved.Succeeded)
                {
                    return await ShowFailureAsync(saved.As<object>(), typed, expected);
                }

                version = saved.Value!.Version;
            }
        }

        var tokens = HttpContext.RequestServices.GetRequiredService<Preview.PreviewTokens>();
        var ticket = tokens.Issue(Id, CurrentCulture, version);
        await Audit.RecordAsync(HttpContext, "content.preview", Target, AuditOutcome.Succeeded,
            $"preview link for version {version} in '{CurrentCulture}', valid until {ticket.ExpiresAt:u}");
        return Redirect("/preview/" + tokens.Protect(ticket));
    }

    /// <summary>Saves what was typed (when it changed), then publishes the chosen cultures of that very version.</summary>
    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentPublish, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        var (typed, expected, refusal) = await ReadTypedAsync("ContentPublish");
        if (refusal is not null)
        {
            return refusal;
        }

        var version = expected;
        if (typed.ToJson() != Item.Draft.ToJson())
        {
            var saved = await SaveAsync(typed, expected);
            if (!saved.Succeeded)
            {
                return await ShowFailureAsync(saved.As<object>(), typed, expected);
            }

            version = saved.Value!.Version;
            typed = saved.Value.Draft;
        }

        var chosen = Request.Form[EditorFields.PublishCultures].Where(cultures.Contains).Select(c => c!).Distinct().ToList();
        if (chosen.Count == 0)
        {
            chosen = [CurrentCulture];
        }

        var before = Item.Published?.ToJson();
        var result = await publishing.PublishAsync(Id, chosen, Actor, expectedVersion: version);
        var after = (await queries.GetAsync(Id))?.Published?.ToJson();
        await Audit.RecordAsync(HttpContext, "content.publish", Target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"cultures: {string.Join(",", chosen)}; {result.Message}".TrimEnd(' ', ';'), before, result.Succeeded ? after : null);
        if (!result.Succeeded)
        {
            Problem = result.Status == OperationStatus.ValidationFailed
                ? $"La publication ({string.Join(", ", chosen)}) est refusée : complétez les champs signalés."
                : null;
            return await ShowFailureAsync(result.As<object>(), typed, version);
        }

        return Done($"Publié ({string.Join(", ", chosen)}).");
    }

    /// <summary>Add, move or remove a block, or search a content picker: the form comes back, nothing saved, nothing lost.</summary>
    public async Task<IActionResult> OnPostRefreshAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentSave, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        var (typed, expected, refusal) = await ReadTypedAsync("ContentSave");
        if (refusal is not null)
        {
            return refusal;
        }

        if (Request.Form[EditorFields.BlockOperation].ToString() is { Length: > 0 } operation)
        {
            var list = operation.Split('|').ElementAtOrDefault(1) ?? "";
            BlockListOperations.Apply(Type, typed, operation, Request.Form[EditorFields.NewBlockType(list)].ToString());
        }

        return await ShowAsync(typed, [], expected, Request.Form[EditorFields.PickerSearch].ToString());
    }

    public async Task<IActionResult> OnPostUnpublishAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentUnpublish, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        var chosen = Request.Form[EditorFields.UnpublishCultures].Where(cultures.Contains).Select(c => c!).Distinct().ToList();
        if (chosen.Count == 0)
        {
            FlashError = "Choisissez au moins une langue à dépublier.";
            return Back();
        }

        var result = await publishing.UnpublishAsync(Id, chosen, Actor);
        await Audit.RecordAsync(HttpContext, "content.unpublish", Target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"cultures: {string.Join(",", chosen)}", Item.Published?.ToJson(), result.Value?.Published?.ToJson());
        return result.Succeeded ? Done($"Dépublié ({string.Join(", ", chosen)}).") : Fail(result.Message);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await queries.GetAsync(Id) is not { Trashed: false } item || model.Type(item.ContentType) is not { } type)
        {
            return NotFound();
        }

        Item = item;
        Type = type;
        return null;
    }

    /// <summary>
    /// The draft the form asks for, the version it expects (the one it was loaded at, or the one the
    /// "save over theirs" button names), or a refusal when it changes values outside the user's cultures.
    /// </summary>
    private async Task<(DocumentData Typed, int Expected, IActionResult? Refusal)> ReadTypedAsync(string action)
    {
        var form = Request.Form;
        var shared = form[EditorFields.Shared] == "true";
        var typed = reader.Read(Type, form, Item.Draft, CurrentCulture, shared);
        var expected = int.TryParse(form[EditorFields.OverwriteVersion], NumberStyles.None, CultureInfo.InvariantCulture, out var overwrite) ? overwrite
            : int.TryParse(form[EditorFields.Version], NumberStyles.None, CultureInfo.InvariantCulture, out var loaded) ? loaded
            : Item.Version;
        if (CultureScopeGuard.ChangeOutside(Permissions.EditableCultures(User), Item.Draft, typed) is { } change)
        {
            return (typed, expected, await RefuseAsync(action, Target, $"Your role may not change {change}."));
        }

        return (typed, expected, null);
    }

    private async Task<OperationResult<ContentItem>> SaveAsync(DocumentData typed, int expected)
    {
        var saved = await editor.SaveAsync(Id, expected, typed, Actor);
        await Audit.RecordAsync(HttpContext, "content.save", Target, saved.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            saved.Succeeded ? $"version {saved.Value!.Version}" : saved.Message, Item.Draft.ToJson(), saved.Succeeded ? saved.Value!.Draft.ToJson() : typed.ToJson());
        return saved;
    }

    /// <summary>Re-displays the typed values with the reason: the errors by their fields, or who saved in between.</summary>
    private async Task<IActionResult> ShowFailureAsync(OperationResult<object> failure, DocumentData typed, int expected)
    {
        switch (failure.Status)
        {
            case OperationStatus.NotFound:
                return NotFound();
            case OperationStatus.Conflict:
                var current = await queries.GetAsync(Id) ?? Item;
                Conflict = current.Version == expected
                    ? "Quelqu'un a enregistré ce contenu au même moment. Rien n'a été écrasé : réessayez."
                    : $"{current.UpdatedBy} a enregistré ce contenu le {ParisTime.Display(current.UpdateDate)} (version {current.Version}), "
                      + $"après que vous l'avez ouvert (version {expected}). Rien n'a été écrasé : vos saisies sont conservées ci-dessous.";
                ConflictVersion = current.Version;
                Item = current;
                break;
            case OperationStatus.ValidationFailed:
                Problem ??= "L'enregistrement est refusé : corrigez les champs signalés.";
                break;
            default:
                Problem = failure.Message;
                break;
        }

        Response.StatusCode = failure.Status switch
        {
            OperationStatus.Conflict => 409,
            OperationStatus.Unavailable => 503, // the message says the database is out of reach; the form keeps what was typed
            _ => 422,
        };
        return await ShowAsync(typed, failure.Errors, expected);
    }

    private async Task<IActionResult> ShowAsync(DocumentData data, IReadOnlyList<PropertyError> errors, int version, string? searchedField = null)
    {
        Version = version;
        var scope = Permissions.EditableCultures(User);
        var canSave = Can(BackofficeAction.ContentSave, Item.ContentType);
        var keys = data.Values.Values.SelectMany(v => v.Values).SelectMany(Strings).Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).ToHashSet();
        var rows = (await listing.ByKeysAsync(keys)).ToDictionary(r => r.Key);
        var draftView = new EditorFormView(model, Type, data, CurrentCulture, canSave && scope.Allows(CurrentCulture), canSave && scope.Invariant, errors);
        var results = new Dictionary<string, IReadOnlyList<ContentRow>>();
        var terms = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(searchedField) && draftView.AllFields().FirstOrDefault(f => f.Name == searchedField) is { Property.Editor: EditorKind.ContentPicker } picker)
        {
            var term = Request.Form[EditorFields.Search(searchedField)].ToString();
            var found = await listing.SearchAsync(picker.Property.AllowedTypes, term);
            results[searchedField] = found;
            terms[searchedField] = term;
            foreach (var row in found)
            {
                rows.TryAdd(row.Key, row);
            }
        }

        Form = new EditorFormView(model, Type, data, CurrentCulture, draftView.CanEditCulture, draftView.CanEditShared, errors)
        {
            Media = Type.Properties.Any(p => p.Editor == EditorKind.MediaPicker) || Type.Properties.Any(p => p.Editor == EditorKind.BlockList) ? await listing.MediaAsync() : [],
            ContentRows = rows,
            SearchResults = results,
            SearchTerms = terms,
        };
        Schedules = await scheduler.ListAsync(Id);
        if (await listing.RowAsync(Id) is { } self)
        {
            Ancestors = await listing.AncestorsAsync(self);
        }

        return Page();
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        JsonArray a => a.SelectMany(Strings),
        JsonObject o => o.Select(kv => kv.Value).SelectMany(Strings),
        _ => [],
    };

    private RedirectResult Back() => Redirect($"/backoffice/content/{Id}?culture={CurrentCulture}");

    private RedirectResult Done(string message)
    {
        Flash = message;
        return Back();
    }

    private RedirectResult Fail(string? message)
    {
        FlashError = message ?? "L'action a échoué.";
        return Back();
    }
}
