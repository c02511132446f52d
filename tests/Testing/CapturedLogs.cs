using Microsoft.Extensions.Logging;

namespace Disclosure.Testing;

/// <summary>A logger provider that keeps every entry, so tests can count what was logged (and how).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<Entry> _entries = [];

    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lock (owner._entries)
            {
                owner._entries.Add(new Entry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
