using Microsoft.Extensions.Logging;

namespace Vms.Onvif.Tests.Discovery;

/// <summary>A logger completing a task when an event id is logged (to know a datagram was processed).</summary>
internal sealed class EventSignal<TCategory>(int eventId) : ILogger<TCategory>
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (id.Id == eventId)
        {
            _seen.TrySetResult();
        }
    }
}
