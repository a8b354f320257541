namespace Vms.Simulators.Fleet;

/// <summary>A command-line or fleet-file problem, as one line for the user (the program exits with code 2).</summary>
public sealed class FleetUsageException : Exception
{
    public FleetUsageException(string message)
        : base(message)
    {
    }

    public FleetUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FleetUsageException()
    {
    }
}
