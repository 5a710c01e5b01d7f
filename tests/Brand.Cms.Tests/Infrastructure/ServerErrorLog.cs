using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// The errors a <see cref="SiteServer"/> logged, so a test that meets a 500 can say why instead of showing the
/// theme's error page (an intermittent failure deep in a 20-minute run is otherwise left without a cause).
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyList<string> Recent => [.. _errors];

    /// <summary>The recent errors as text to append to a failure message, or "" when none was logged.</summary>
    public string Describe() =>
        _errors.IsEmpty ? "" : Environment.NewLine + "Server errors:" + Environment.NewLine + string.Join(Environment.NewLine, _errors);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        _errors.Enqueue(entry);
        while (_errors.Count > Kept && _errors.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
