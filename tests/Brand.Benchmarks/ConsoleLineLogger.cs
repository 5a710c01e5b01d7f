using Microsoft.Extensions.Logging;

namespace Brand.Benchmarks;

/// <summary>
/// A one-line-per-message console logger for the custom modes, so the engine's own start-up figures
/// ("Published cache built: … in N ms") show next to ours. Microsoft.Extensions.Logging.Console is not a
/// dependency of the engine, and this needs no more than WriteLine.
/// </summary>
internal sealed class ConsoleLineLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.WriteLine($"  [{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");
    }
}
