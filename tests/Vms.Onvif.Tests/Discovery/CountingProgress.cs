namespace Vms.Onvif.Tests.Discovery;

/// <summary>An <see cref="IProgress{T}"/> that reports synchronously and completes when <paramref name="expected"/> items arrived.</summary>
internal sealed class CountingProgress<T>(int expected) : IProgress<T>
{
    private readonly List<T> _items = [];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public void Report(T value)
    {
        lock (_items)
        {
            _items.Add(value);
            if (_items.Count >= expected)
            {
                _done.TrySetResult();
            }
        }
    }
}
