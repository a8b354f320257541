namespace Vms.Storage.Segments;

/// <summary>
/// The volume holding the segments is full (ENOSPC, quota, or the Windows equivalents). The segment being
/// written was cut back to its last complete fragment and closed; recording can resume once space is freed.
/// </summary>
public sealed class StorageFullException : IOException
{
    public StorageFullException()
        : base("the storage volume is full")
    {
    }

    public StorageFullException(string message)
        : base(message)
    {
    }

    public StorageFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file that could not be written, when known.</summary>
    public string? Path { get; init; }

    /// <summary>True when <paramref name="e"/> reports a full volume or exhausted quota.</summary>
    public static bool IsDiskFull(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e is StorageFullException)
        {
            return true;
        }

        // Unix: the raw errno (ENOSPC 28, EDQUOT 122 on Linux / 69 on BSD and macOS).
        // Windows: HRESULT_FROM_WIN32(ERROR_HANDLE_DISK_FULL 39 / ERROR_DISK_FULL 112).
        return e.HResult is 28 or 122 or 69 or unchecked((int)0x80070027) or unchecked((int)0x80070070);
    }
}
