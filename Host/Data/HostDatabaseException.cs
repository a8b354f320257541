namespace Vms.Host.Data;

/// <summary>The service's database could not be opened or brought to this software's schema.</summary>
public sealed class HostDatabaseException : Exception
{
    public HostDatabaseException()
    {
    }

    public HostDatabaseException(string message)
        : base(message)
    {
    }

    public HostDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
