using System.Globalization;
using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>
/// The questionnaire's own wording in the page's culture, where both the handler and the templates need
/// it: a field's label is also its name in the error summary.
/// </summary>
public sealed class QuestionnaireText(string culture)
{
    private string T(string fr, string en) => culture == "fr" ? fr : en;

    public string BusinessStep => T("Votre entreprise", "Your business");

    public string SectorLabel => T("Secteur d’activité", "Sector");

    public string SizeBandLabel => T("Nombre de salariés", "Number of employees");

    public string DepartmentLabel => T("Département", "Department");

    /// <summary>The title of a step: the business, then each dimension's.</summary>
    public string StepTitle(Questionnaire questionnaire, int step) =>
        step == 0 ? BusinessStep : questionnaire.Dimensions[step - 1].Title;

    public string StepOf(int step, int count) => T(
        $"Étape {(step + 1).ToString(CultureInfo.InvariantCulture)} sur {count.ToString(CultureInfo.InvariantCulture)}",
        $"Step {(step + 1).ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)}");

    public string Honeypot => T(
        "Votre envoi n’a pas pu être accepté. Vos réponses sont conservées : vérifiez-les, puis renvoyez le formulaire.",
        "Your form could not be accepted. Your answers are kept: check them, then send the form again.");

    public string Quota(TimeSpan retryAfter)
    {
        var minutes = VisitorQuota.Minutes(retryAfter).ToString(CultureInfo.InvariantCulture);
        return T(
            $"Beaucoup de questionnaires ont été envoyés depuis votre connexion en peu de temps. Réessayez dans {minutes} minutes : vos réponses sont conservées sur cette page.",
            $"Many questionnaires have been sent from your connection in a short time. Try again in {minutes} minutes: your answers are kept on this page.");
    }

    /// <summary>The message next to a field that has no valid answer.</summary>
    public string Missing(string field) => field switch
    {
        QuestionnaireFields.Sector => T("Sélectionnez le secteur d’activité de votre entreprise.", "Select your business’s sector."),
        QuestionnaireFields.SizeBand => T("Indiquez le nombre de salariés de votre entreprise.", "Select how many employees your business has."),
        QuestionnaireFields.Department => T("Sélectionnez le département de votre entreprise.", "Select your business’s department."),
        _ => T("Choisissez une réponse à cette question.", "Choose an answer to this question."),
    };
}
