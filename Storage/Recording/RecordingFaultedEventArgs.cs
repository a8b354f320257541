namespace Vms.Storage.Recording;

/// <summary>Writing failed; the segment was closed at its last whole fragment and recording is suspended until <see cref="RetryAtUtc"/>.</summary>
public sealed class RecordingFaultedEventArgs(Exception error, DateTimeOffset retryAtUtc) : EventArgs
{
    /// <summary>The error (<see cref="Segments.StorageFullException"/> when the volume is full).</summary>
    public Exception Error { get; } = error;

    public bool StorageFull => Error is Segments.StorageFullException;

    public DateTimeOffset RetryAtUtc { get; } = retryAtUtc;
}
