using System.Globalization;

namespace Brand.Cms.StaticExport;

/// <summary>
/// The command's display: on a terminal one line rewritten in place; redirected to a file or a CI log,
/// a line every few seconds. Then the summary.
/// </summary>
public sealed class ExportConsole(TextWriter output, bool terminal) : IProgress<StaticExportProgress>
{
    private static readonly CultureInfo _c = CultureInfo.InvariantCulture;
    private readonly Lock _lock = new();
    private TimeSpan _lastLine = TimeSpan.FromSeconds(-10);
    private int _width;

    public void Status(string line)
    {
        lock (_lock)
        {
            EndLine();
            output.WriteLine(line);
        }
    }

    public void Report(StaticExportProgress value)
    {
        var line = Describe(value);
        lock (_lock)
        {
            if (terminal)
            {
                output.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else if (value.Elapsed - _lastLine >= TimeSpan.FromSeconds(5) || value.Done == value.Total)
            {
                output.WriteLine(line);
                _lastLine = value.Elapsed;
            }

            output.Flush();
        }
    }

    /// <summary>"8,400 / 11,302 pages (74 %), 512 pages/s, about 6 s left".</summary>
    public static string Describe(StaticExportProgress p)
    {
        var line = string.Format(_c, "{0:N0} / {1:N0} pages ({2:P0}), {3:N0} pages/s", p.Done, p.Total, p.Total == 0 ? 1 : (double)p.Done / p.Total, p.Rate);
        return p.Done >= p.Total ? line + string.Format(_c, ", done in {0:N1} s", p.Elapsed.TotalSeconds)
            : p.Remaining is { } left ? line + string.Format(_c, ", about {0:N0} s left", Math.Ceiling(left.TotalSeconds)) : line;
    }

    public void Summary(StaticExportResult result)
    {
        lock (_lock)
        {
            EndLine();
            foreach (var problem in result.Failed.Take(20))
            {
                output.WriteLine($"  failed: {problem.Url}: {problem.Problem}{From(problem)}");
            }

            foreach (var problem in result.BrokenLinks.Take(20))
            {
                output.WriteLine($"  broken link: {problem.Url} ({problem.Problem}){From(problem)}");
            }

            if (result.Message is { } message)
            {
                output.WriteLine(message);
            }

            if (result.Status is StaticExportStatus.Completed or StaticExportStatus.PagesFailed)
            {
                output.WriteLine(string.Format(_c,
                    "Static mirror in {0}: {1:N0} pages, {2:N0} files, {3:N1} MiB in {4:N1} s (pages rendered and written in {5:N1} s, {6:N0} pages/s); {7} failed, {8} broken links.",
                    result.Folder, result.Pages, result.Files, result.Bytes / 1048576.0, result.Elapsed.TotalSeconds, result.Rendering.TotalSeconds,
                    result.Rendering.TotalSeconds > 0 ? result.Pages / result.Rendering.TotalSeconds : 0, result.Failed.Count, result.BrokenLinks.Count));
            }
        }
    }

    private static string From(MirrorProblem problem) => problem.LinkedFrom is { } from ? $", linked from {from}" : "";

    private void EndLine()
    {
        if (terminal && _width > 0)
        {
            output.WriteLine();
            _width = 0;
        }
    }
}
