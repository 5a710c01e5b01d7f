using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// The self-diagnostic page's form, one step at a time. "Previous" and "next" only move between steps
/// (next checks the step being left); the last step's submission checks everything, takes the visitor's
/// quota and stores the result, then sends the visitor to its private link. Until then nothing is stored:
/// each post carries every answer so far.
/// </summary>
public sealed class QuestionnaireForm(BusinessProfiles profiles, DiagnosticResults results, VisitorQuota quota) : IContentFormHandler
{
    public async Task<ContentFormOutcome> PostAsync(HttpContext http, PublishedContent item, CancellationToken ct)
    {
        var questionnaire = Questionnaire.Read(item);
        if (questionnaire.Dimensions.Count == 0)
        {
            // The template says the questionnaire is not ready; there is nothing to answer.
            return ContentFormOutcome.Render(StatusCodes.Status404NotFound);
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var post = QuestionnairePost.Read(form, questionnaire, profiles);
        var text = new QuestionnaireText(questionnaire.Culture);
        ContentFormOutcome Show(int step, int status, IReadOnlyList<QuestionnaireError>? errors = null, QuestionnaireNotice? notice = null)
        {
            http.Features.Set(new QuestionnaireState(questionnaire, post.Values, step, errors, notice));
            return ContentFormOutcome.Render(status);
        }

        if (post.IsTrapped)
        {
            // Said plainly but without naming the trap; a person who filled it by mistake keeps every answer.
            return Show(post.Step, StatusCodes.Status400BadRequest, notice: new QuestionnaireNotice(text.Honeypot, IsError: true));
        }

        if (post.Action == QuestionnaireFields.Previous)
        {
            return Show(Math.Max(0, post.Step - 1), StatusCodes.Status200OK);
        }

        var errors = QuestionnaireState.ErrorsOf(questionnaire, post.Values.Problems(questionnaire, profiles), text);
        if (post.Action == QuestionnaireFields.Next && post.Step < questionnaire.Dimensions.Count)
        {
            var here = errors.Where(e => e.Step == post.Step).ToList();
            return here.Count > 0
                ? Show(post.Step, StatusCodes.Status400BadRequest, here)
                : Show(post.Step + 1, StatusCodes.Status200OK);
        }

        if (errors.Count > 0)
        {
            // The first step with a missing answer, with its own errors: the visitor fixes one step at a time.
            var first = errors.Min(e => e.Step);
            return Show(first, StatusCodes.Status400BadRequest, errors.Where(e => e.Step == first).ToList());
        }

        if (!quota.TryTake(http, VisitorAction.SubmitQuestionnaire, out var retryAfter))
        {
            return Show(post.Step, StatusCodes.Status429TooManyRequests, notice: new QuestionnaireNotice(text.Quota(retryAfter), IsError: false));
        }

        var saved = await results.SaveAsync(questionnaire, post.Values, ct);
        if (!saved.Succeeded)
        {
            // Checked above with the same rules; kept for a questionnaire republished between the two.
            var problems = QuestionnaireState.ErrorsOf(questionnaire, saved.Errors, text);
            var first = problems.Count == 0 ? post.Step : problems.Min(e => e.Step);
            return Show(first, StatusCodes.Status400BadRequest, problems.Where(e => e.Step == first).ToList());
        }

        return ContentFormOutcome.Redirect(ResultLinks.For(item, saved.Value!.Token));
    }
}
