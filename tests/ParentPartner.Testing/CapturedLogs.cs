using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ParentPartner.Testing;

/// <summary>
/// Every in-process host logs here too (provider alias "TestCapture", at Information and above): a test that must
/// see what the services log opens a <see cref="Capture"/> and reads its lines. Nothing is kept while no capture is
/// open, so the provider costs nothing in other tests.
/// </summary>
[ProviderAlias(Alias)]
public sealed class CapturedLogs : ILoggerProvider
{
    public const string Alias = "TestCapture";

    public static CapturedLogs Instance { get; } = new();

    private static readonly ConcurrentDictionary<LogCapture, byte> Open = new();

    /// <summary>Starts collecting every host's log lines until the capture is disposed.</summary>
    public static LogCapture Capture()
    {
        var capture = new LogCapture();
        Open[capture] = 0;
        return capture;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    /// <summary>The lines one test collected: category, level, the formatted message, every structured value and any exception.</summary>
    public sealed class LogCapture : IDisposable
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        internal void Add(string line) => _lines.Enqueue(line);

        public void Dispose() => Open.TryRemove(this, out _);
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => !Open.IsEmpty && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (Open.IsEmpty)
            {
                return;
            }
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var line = $"{category} [{logLevel}] {formatter(state, exception)} {values} {exception}";
            foreach (var capture in Open.Keys)
            {
                capture.Add(line);
            }
        }
    }
}
