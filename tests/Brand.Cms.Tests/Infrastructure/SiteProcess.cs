using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// The site as operators run it: <c>dotnet Brand.Cms.dll</c> in its own process on a loopback port, with its own
/// data folder (indexes) and, for a cluster node, a shared folder. Can be killed (SIGKILL: no shutdown code runs, as
/// in a crash) and started again on the same port and data folder; keeps everything it logged.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    public const string AdministratorEmail = "admin-process@example.fr";
    public const string AdministratorPassword = "Bonne-Phrase-2026";

    private readonly TestDatabase? _database;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly StringBuilder _log = new();
    private readonly Lock _logging = new();
    private Process? _process;

    /// <param name="name">Cluster:NodeName, which also names its listener in pg_stat_activity.</param>
    /// <param name="database">Null: the site's own default, a SQLite file in its data folder (pooled), as an operator's first run.</param>
    /// <param name="sharedPath">Brand:SharedPath (media), the same for every node of a cluster; by default the data folder.</param>
    /// <param name="settings">More environment settings ("Cluster__ListenerRetry").</param>
    public SiteProcess(string name, TestDatabase? database, string? sharedPath = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        Name = name;
        _database = database;
        _settings = settings ?? new Dictionary<string, string>();
        DataPath = Directory.CreateTempSubdirectory($"brand-{name}-").FullName;
        SharedPath = sharedPath ?? DataPath;
        Port = FreePort();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public string Name { get; }
    public string DataPath { get; }
    public string SharedPath { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>An anonymous visitor's client.</summary>
    public HttpClient Http { get; }

    /// <summary>What the process wrote to standard output and error since it was first started.</summary>
    public string Log
    {
        get
        {
            lock (_logging)
            {
                return _log.ToString();
            }
        }
    }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the process (again) and waits until /health answers.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Brand__DataPath"] = DataPath,
            ["Brand__SharedPath"] = SharedPath,
            ["Brand__ConfigPath"] = TestConfig.Real,
            ["Backoffice__AdministratorEmail"] = AdministratorEmail,
            ["Backoffice__AdministratorPassword"] = AdministratorPassword,
            ["Cluster__NodeName"] = Name,
            // The tests poll GraphQL every few milliseconds from one address: far above a visitor's quota.
            ["PublicApi__Access__AnonymousPerMinute"] = "1000000",
            // A plain console log: one line per message, easy to search.
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        if (_database is not null)
        {
            environment["Database__Provider"] = _database.Provider.ToString();
            environment["ConnectionStrings__Brand"] = _database.ConnectionString;
        }

        foreach (var (key, value) in _settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var start = CliProcess.StartInfo(environment, "--urls", BaseAddress.ToString());
        start.WorkingDirectory = DataPath;

        Append($"---- {Name} starting on {BaseAddress}");
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(90);
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting:\n{Log}");
            }

            try
            {
                using var health = await Http.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} did not answer /health within {limit}:\n{Log}");
    }

    /// <summary>Kills the process at once, as a crash or an orchestrator would; the data folder stays.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Append($"---- {Name} killed");
    }

    /// <summary>Waits until <paramref name="text"/> appears in the log (after <paramref name="from"/> characters).</summary>
    public async Task<bool> LoggedAsync(string text, TimeSpan within, int from = 0)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            var log = Log;
            if (log.Length > from && log.IndexOf(text, from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp clean-up.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logging)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
