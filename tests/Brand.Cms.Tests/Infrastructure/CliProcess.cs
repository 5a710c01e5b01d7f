using System.Diagnostics;
using System.Text;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>What a run of the built <c>Brand.Cms.dll</c> left: its exit code and both streams.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors)
{
    public string All => Output + Errors;
}

/// <summary>
/// The built <c>Brand.Cms.dll</c> run as its own process, the way an operator types a command or starts the site:
/// the one place that knows how to launch it, read both streams and make sure it never outlives the test.
/// </summary>
public static class CliProcess
{
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Brand.Cms.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs to its end within <paramref name="timeout"/> (one minute unless told).</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, string[] args, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = StartInfo(environment, args);
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            // A hung command, or a site that starts instead of stopping, must not outlive the test holding its port and database.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return new CliResult(process.ExitCode, await output, await errors);
    }
}
