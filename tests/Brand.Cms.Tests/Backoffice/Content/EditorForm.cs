using System.Net;
using System.Text.RegularExpressions;

namespace Brand.Cms.Tests.Backoffice.Content;

/// <summary>
/// The fields a browser would submit from a form of a backoffice page (enabled inputs, checked boxes, selected
/// options, textareas), so a test edits what the page rendered rather than a hand-made list.
/// </summary>
public sealed partial class EditorForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private EditorForm(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The form whose id is <paramref name="formId"/> (the editor's is "editor").</summary>
    public static EditorForm Parse(string html, string formId = "editor")
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form #{formId} in the page");
        start = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<(int At, KeyValuePair<string, string> Field)>();
        foreach (Match input in Input().Matches(form))
        {
            var a = Attributes(input.Value);
            if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled"))
            {
                continue;
            }

            var type = a.GetValueOrDefault("type", "text");
            if (type is "submit" or "button" || (type is "checkbox" or "radio" && !a.ContainsKey("checked")))
            {
                continue;
            }

            fields.Add((input.Index, KeyValuePair.Create(name, a.GetValueOrDefault("value", ""))));
        }

        foreach (Match area in TextArea().Matches(form))
        {
            var a = Attributes(area.Groups[1].Value);
            if (a.TryGetValue("name", out var name) && !a.ContainsKey("disabled"))
            {
                fields.Add((area.Index, KeyValuePair.Create(name, WebUtility.HtmlDecode(area.Groups[2].Value))));
            }
        }

        foreach (Match select in Select().Matches(form))
        {
            var a = Attributes(select.Groups[1].Value);
            if (!a.TryGetValue("name", out var name) || a.ContainsKey("disabled"))
            {
                continue;
            }

            var options = Option().Matches(select.Groups[2].Value).Select(o => Attributes(o.Value)).ToList();
            var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
            fields.Add((select.Index, KeyValuePair.Create(name, chosen?.GetValueOrDefault("value", "") ?? "")));
        }

        // The session adds its own anti-forgery token.
        return new EditorForm(fields.OrderBy(f => f.At).Select(f => f.Field).Where(f => f.Key != "__RequestVerificationToken").ToList());
    }

    public string? Get(string name) => _fields.FirstOrDefault(f => f.Key == name) is { Key: not null } f ? f.Value : null;

    /// <summary>Replaces every value of <paramref name="name"/> by one (adds the field when missing).</summary>
    public EditorForm Set(string name, string value)
    {
        var at = _fields.FindIndex(f => f.Key == name);
        _fields.RemoveAll(f => f.Key == name);
        _fields.Insert(at < 0 ? _fields.Count : at, KeyValuePair.Create(name, value));
        return this;
    }

    public EditorForm Add(string name, string value)
    {
        _fields.Add(KeyValuePair.Create(name, value));
        return this;
    }

    public EditorForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Option();

    [GeneratedRegex("\\s([a-zA-Z][\\w-]*)(?:=\"([^\"]*)\")?")]
    private static partial Regex Attribute();
}
