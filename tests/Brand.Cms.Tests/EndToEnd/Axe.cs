using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// axe-core (pinned in package.json, copied beside the test binaries by the build) run inside a page
/// against WCAG 2.0 and 2.1, levels A and AA: the automatic part of an RGAA audit.
/// </summary>
public static class Axe
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string ScriptPath { get; } = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    private const string Run =
        "async () => { const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] });"
        + " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
        + " targets: v.nodes.map(n => n.target.join(' ')) })); }";

    /// <summary>The violations on the page as it is now; empty when none.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"{ScriptPath} is missing: the test build copies it from node_modules after `npm ci`.");
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<JsonElement>(Run);
        return json.Deserialize<List<AxeViolation>>(JsonOptions) ?? [];
    }

    /// <summary>One line per violation: id, impact, help, then each offending element's selector.</summary>
    public static string Describe(string url, IReadOnlyList<AxeViolation> violations)
    {
        var text = new StringBuilder($"{violations.Count} axe violation(s) on {url}:");
        foreach (var v in violations)
        {
            text.Append("\n- ").Append(v.Id).Append(" [").Append(v.Impact).Append("] ").Append(v.Help);
            foreach (var target in v.Targets.Take(10))
            {
                text.Append("\n    ").Append(target);
            }

            if (v.Targets.Count > 10)
            {
                text.Append("\n    … and ").Append(v.Targets.Count - 10).Append(" more");
            }
        }

        return text.ToString();
    }
}

public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);
