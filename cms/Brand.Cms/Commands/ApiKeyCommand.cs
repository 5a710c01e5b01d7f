using System.Text.Encodings.Web;
using System.Text.Json;
using Brand.PublicApi.Access;

namespace Brand.Cms.Commands;

/// <summary>
/// `api-key "Partner name"`: a new partner key for the public API, printed once with the configuration that
/// recognises it. Only the key's hash goes into configuration, so a lost key is replaced, never recovered.
/// Needs neither the database nor the configuration: it runs before the host is built.
/// </summary>
public static class ApiKeyCommand
{
    public const string Usage = "usage: dotnet run --project cms/Brand.Cms -- api-key \"Partner name\"";

    private static readonly JsonSerializerOptions _json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Partner names are mostly French: "Région", not "R\u00E9gion". Printed to a terminal, never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string partner, TextWriter output)
    {
        var key = PartnerKeys.NewKey();
        var sha256 = PartnerKeys.Hash(key);
        var variable = ApiAccessOptions.Section.Replace(":", "__", StringComparison.Ordinal) + "__PartnerKeys__0__";
        object settings = new Dictionary<string, object> { ["PartnerKeys"] = new[] { new { Partner = partner, Sha256 = sha256 } } };
        foreach (var name in ApiAccessOptions.Section.Split(':').Reverse())
        {
            settings = new Dictionary<string, object> { [name] = settings };
        }

        output.WriteLine($"New public API key for \"{partner}\". It is shown only once (only its hash is kept): copy it now.");
        output.WriteLine();
        output.WriteLine($"  {key}");
        output.WriteLine();
        output.WriteLine($"The partner sends it in the {ApiAccess.KeyHeader} header. For the site to recognise it, add to the configuration");
        output.WriteLine("either these environment variables (quoted for a shell; if partner keys are already configured, replace 0 with the next free index):");
        output.WriteLine();
        output.WriteLine($"  {variable}Partner={ShellQuote(partner)}");
        output.WriteLine($"  {variable}Sha256={sha256}");
        output.WriteLine();
        output.WriteLine("or this to appsettings.json (appending to \"PartnerKeys\" if it is already there):");
        output.WriteLine();
        output.WriteLine("  " + JsonSerializer.Serialize(settings, _json).ReplaceLineEndings("\n  "));
        output.WriteLine();
        output.WriteLine("Then restart the site. To revoke the key, remove its entry.");
        return 0;
    }

    /// <summary>A value a POSIX shell reads back unchanged: single quotes, with ' written as '\''.</summary>
    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
