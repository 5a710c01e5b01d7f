using System.Globalization;

namespace Brand.Benchmarks;

/// <summary>Median and nearest-rank percentiles of a small sample, printed in milliseconds.</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>"median 1.23 ms, p95 4.56 ms, max 7.89 ms".</summary>
    public static string Describe(IReadOnlyCollection<double> ms) => string.Create(CultureInfo.InvariantCulture,
        $"median {Median(ms):0.00} ms, p95 {Percentile(ms, 95):0.00} ms, max {ms.Max():0.00} ms");

    /// <summary>"load average: 0.12 0.30 0.25" on Linux: others building on the same 2 cores skew every figure.</summary>
    public static string MachineLoad() =>
        File.Exists("/proc/loadavg") ? "load average: " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    public static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MiB");
}
