namespace Brand.SiteTheme.SelfDiagnostic;

/// <summary>One value offered by a question, as the form posts and shows it.</summary>
public sealed record AnswerOption(string Value, string Label);

/// <summary>
/// A question with a list of answers, as a partial draws it (radios in a fieldset, or a select): the
/// posted name, the wording, the answer given so far and the error to show next to it.
/// </summary>
public sealed record ChoiceField(string Name, string Label, string? Hint, IReadOnlyList<AnswerOption> Options, string? Selected, QuestionnaireError? Error)
{
    public string Id => QuestionnaireFields.Id(Name);

    public string ErrorId => QuestionnaireFields.ErrorId(Name);

    public string OptionId(int index) => $"{Id}-{index}";
}
