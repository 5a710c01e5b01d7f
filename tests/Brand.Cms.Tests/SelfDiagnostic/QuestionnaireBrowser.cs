using System.Net;
using System.Text.RegularExpressions;

namespace Brand.Cms.Tests.SelfDiagnostic;

/// <summary>
/// Fills the questionnaire as a browser without JavaScript would: each post sends what the page's form
/// holds (hidden inputs, checked radios, selected options, the empty honeypot), with the visitor's changes
/// and the button pressed. So a test sees what the page itself carries from step to step.
/// </summary>
internal sealed partial class QuestionnaireBrowser(HttpClient http, string path)
{
    public string Html { get; private set; } = "";

    public async Task<HttpResponseMessage> OpenAsync()
    {
        var response = await http.GetAsync(path);
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Posts the form as it stands, with <paramref name="changes"/> over its values and <paramref name="action"/> as the button.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, IReadOnlyDictionary<string, string>? changes = null, Action<HttpRequestMessage>? request = null)
    {
        var fields = Fields(Html).Where(f => changes is null || !changes.ContainsKey(f.Key)).ToList();
        fields.AddRange(changes ?? new Dictionary<string, string>());
        fields.Add(new("action", action));
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request?.Invoke(message);
        var response = await http.SendAsync(message);
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>What the form would post: hidden and text inputs, checked radios, selected options with a value.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html)
    {
        var form = FormPattern().Match(html).Value;
        var fields = new List<KeyValuePair<string, string>>();
        fields.AddRange(InputPattern().Matches(form).Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))));
        fields.AddRange(CheckedPattern().Matches(form).Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, m.Groups["value"].Value)));
        foreach (Match select in SelectPattern().Matches(form))
        {
            if (SelectedPattern().Match(select.Groups["options"].Value) is { Success: true } option && option.Groups["value"].Value.Length > 0)
            {
                fields.Add(new(select.Groups["name"].Value, option.Groups["value"].Value));
            }
        }

        return fields;
    }

    public static bool IsChecked(string html, string name, string value) =>
        CheckedPattern().Matches(html).Any(m => m.Groups["name"].Value == name && m.Groups["value"].Value == value);

    public static bool IsSelected(string html, string name, string value) =>
        SelectPattern().Matches(html).Any(s => s.Groups["name"].Value == name
            && SelectedPattern().Matches(s.Groups["options"].Value).Any(o => o.Groups["value"].Value == value));

    public static bool IsCarried(string html, string name, string value) =>
        InputPattern().Matches(html).Any(m => m.Groups["name"].Value == name && m.Groups["value"].Value == value);

    [GeneratedRegex("""<form id="autodiagnostic".*?</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input type="(?:hidden|text)"(?: id="[^"]*")? name="(?<name>[^"]+)"(?: value="(?<value>[^"]*)")?""")]
    private static partial Regex InputPattern();

    [GeneratedRegex("""<input type="radio" id="[^"]*" name="(?<name>[^"]+)" value="(?<value>[^"]*)" checked="checked""")]
    private static partial Regex CheckedPattern();

    [GeneratedRegex("""<select [^>]*name="(?<name>[^"]+)"[^>]*>(?<options>.*?)</select>""", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("""<option value="(?<value>[^"]*)" selected="selected""")]
    private static partial Regex SelectedPattern();
}
