using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Tests.Server;

/// <summary>A logger provider completing <see cref="Seen"/> when a message with the given event id is logged at any
/// level (Trace included), so a test can wait for a step the server took on its own threads.</summary>
internal sealed class LogEventSignal(int eventId) : ILoggerProvider
{
    private readonly int _eventId = eventId;
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public ILogger CreateLogger(string categoryName) => new Signal(this);

    public void Dispose()
    {
    }

    private sealed class Signal(LogEventSignal owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == owner._eventId)
            {
                owner._seen.TrySetResult();
            }
        }
    }
}
