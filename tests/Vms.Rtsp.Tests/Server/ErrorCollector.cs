using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Tests.Server;

/// <summary>A logger provider that keeps every Error/Critical entry, so tests can assert that none occurred.</summary>
internal sealed class ErrorCollector : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(this);

    public void Dispose()
    {
    }

    private sealed class Collector(ErrorCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Entries.Enqueue($"{eventId.Id} {formatter(state, exception)} {exception}");
            }
        }
    }
}
