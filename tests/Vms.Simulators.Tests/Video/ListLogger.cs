using Microsoft.Extensions.Logging;

namespace Vms.Simulators.Tests.Video;

/// <summary>Keeps every log event (id, level, message) for assertions.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(int Id, LogLevel Level, string Message)> _events = [];

    public IReadOnlyList<(int Id, LogLevel Level, string Message)> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _events.Add((eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}
