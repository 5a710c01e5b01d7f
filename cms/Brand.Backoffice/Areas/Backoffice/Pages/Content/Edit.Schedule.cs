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

/// <summary>The editor's scheduling handlers: publish or unpublish a culture at a Paris date and time, and cancel.</summary>
public sealed partial class EditModel
{
    public async Task<IActionResult> OnPostScheduleAsync(string scheduleCulture, string scheduleAction, string scheduleAt)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentSchedule, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        var kind = scheduleAction == "unpublish" ? ScheduledActionKind.Unpublish : ScheduledActionKind.Publish;
        var due = ParisTime.FromLocal(scheduleAt);
        var refusal = !SiteCultures.Contains(scheduleCulture) ? "Choisissez une langue du site."
            : due is null ? "Saisissez une date et une heure (heure de Paris), par exemple 14/07/2027 10:00."
            : due <= Clock.GetUtcNow() ? "Cette date est passée : choisissez une date et une heure à venir."
            : null;
        if (refusal is not null || due is not { } at)
        {
            await Audit.RecordAsync(HttpContext, "content.schedule", Target, AuditOutcome.Failed, $"{kind} {scheduleCulture} at '{scheduleAt}': {refusal}");
            Schedule = new ScheduleRequest(scheduleAction, scheduleCulture, scheduleAt ?? "");
            ScheduleError = refusal;
            Problem = "Programmation impossible : corrigez la date et l'heure dans le formulaire « Programmer ».";
            Response.StatusCode = 422;
            return await ShowAsync(Item.Draft, [], Item.Version);
        }

        var result = await Scheduler.ScheduleAsync(Id, scheduleCulture, kind, at, Actor);
        await Audit.RecordAsync(HttpContext, "content.schedule", Target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"{kind} {scheduleCulture} at {at.UtcDateTime:O}", after: result.Value is { } s ? $"{{\"id\":{s.Id},\"action\":\"{kind}\",\"culture\":\"{scheduleCulture}\",\"dueAt\":\"{at.UtcDateTime:O}\"}}" : null);
        return result.Succeeded
            ? Done($"{(kind == ScheduledActionKind.Publish ? "Publication" : "Dépublication")} ({scheduleCulture}) programmée le {ParisTime.Display(at.UtcDateTime)}.")
            : Fail(result.Message);
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(int scheduleId)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (await RefuseUnlessAsync(BackofficeAction.ContentSchedule, Target, Item.ContentType) is { } refused)
        {
            return refused;
        }

        // Only a schedule of this item: the id comes from the form.
        if ((await Scheduler.ListAsync(Id)).FirstOrDefault(s => s.Id == scheduleId) is not { } schedule)
        {
            return NotFound();
        }

        var result = await Scheduler.CancelAsync(scheduleId);
        await Audit.RecordAsync(HttpContext, "content.schedule.cancel", Target, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            $"{schedule.Action} {schedule.Culture} at {schedule.DueAt:O}");
        return result.Succeeded ? Done("Programmation annulée.") : Fail(result.Message);
    }
}
